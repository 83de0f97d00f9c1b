using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FitnessApp.Modules.Shared.Data;

/// <summary>
/// Instants are UTC everywhere: values are converted to UTC on the way in and come back with
/// <see cref="DateTimeKind.Utc"/> (SQLite keeps no kind; PostgreSQL's timestamptz demands UTC).
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
