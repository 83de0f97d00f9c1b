using System.Data.Common;
using FitnessApp.Modules.Social.Data;
using FitnessApp.Modules.Social.Domain;
using FitnessApp.Modules.Social.Groups.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FitnessApp.Modules.Social.Feed.Publishing;

/// <summary>
/// The set-based fan-out: one <c>INSERT INTO FeedEntries … SELECT … FROM Follows</c> for a post, existing rows skipped
/// (<c>ON CONFLICT DO NOTHING</c>, on SQLite and PostgreSQL alike). Names and value conversions come from the EF model
/// so the rows are what EF would write (SQLite's text Guids, enum names, UTC instants). Runs in the current transaction.
/// The viewers are the author's followers (activities, achievements) or a group's members (its posts and events).
/// </summary>
internal static class FeedFanOut
{
    /// <summary>Inserts the post's entry for its author and, when <paramref name="toFollowers"/>, for each accepted follower; returns the viewers who got a new entry.</summary>
    public static Task<IReadOnlyList<Guid>> InsertAsync(SocialDbContext db, FeedPost post, bool toFollowers, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var follows = Table(db, typeof(Follow));
        string F(string property) => Column(db, typeof(Follow), follows, property, sql);

        var followers = toFollowers
            ? $"SELECT f.{F(nameof(Follow.FollowerId))} AS viewer FROM {sql.DelimitIdentifier(follows.Name, follows.Schema)} f " +
              $"WHERE f.{F(nameof(Follow.FolloweeId))} = @author AND f.{F(nameof(Follow.State))} = @accepted UNION "
            : string.Empty;
        var parameters = toFollowers
            ? new (Type, string, string, object)[] { (typeof(Follow), nameof(Follow.State), "@accepted", FollowState.Accepted) }
            : [];
        return ExecuteAsync(db, post, $"{followers}SELECT @author AS viewer", parameters, cancellationToken);
    }

    /// <summary>
    /// Inserts a group post's entry for each active member of its group but those blocking or blocked by the author (the
    /// author, a member, included); returns the viewers who got a new entry.
    /// </summary>
    public static Task<IReadOnlyList<Guid>> InsertForMembersAsync(SocialDbContext db, FeedPost post, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var members = Table(db, typeof(GroupMember));
        var blocks = Table(db, typeof(Block));
        string M(string property) => Column(db, typeof(GroupMember), members, property, sql);
        string B(string property) => Column(db, typeof(Block), blocks, property, sql);

        var viewers =
            $"SELECT m.{M(nameof(GroupMember.UserId))} AS viewer FROM {sql.DelimitIdentifier(members.Name, members.Schema)} m " +
            $"WHERE m.{M(nameof(GroupMember.GroupId))} = @group AND m.{M(nameof(GroupMember.State))} = @active " +
            $"AND NOT EXISTS (SELECT 1 FROM {sql.DelimitIdentifier(blocks.Name, blocks.Schema)} b " +
            $"WHERE (b.{B(nameof(Block.BlockerId))} = m.{M(nameof(GroupMember.UserId))} AND b.{B(nameof(Block.BlockedId))} = @author) " +
            $"OR (b.{B(nameof(Block.BlockerId))} = @author AND b.{B(nameof(Block.BlockedId))} = m.{M(nameof(GroupMember.UserId))}))";
        (Type, string, string, object)[] parameters =
        [
            (typeof(GroupMember), nameof(GroupMember.GroupId), "@group", post.GroupId!.Value),
            (typeof(GroupMember), nameof(GroupMember.State), "@active", MembershipState.Active),
        ];
        return ExecuteAsync(db, post, viewers, parameters, cancellationToken);
    }

    private static async Task<IReadOnlyList<Guid>> ExecuteAsync(
        SocialDbContext db, FeedPost post, string viewers, IEnumerable<(Type Type, string Property, string Name, object Value)> parameters, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var entries = Table(db, typeof(FeedEntry));
        string E(string property) => Column(db, typeof(FeedEntry), entries, property, sql);
        var text =
            $"INSERT INTO {sql.DelimitIdentifier(entries.Name, entries.Schema)} " +
            $"({E(nameof(FeedEntry.ViewerId))}, {E(nameof(FeedEntry.PostId))}, {E(nameof(FeedEntry.AuthorId))}, {E(nameof(FeedEntry.OccurredAt))}) " +
            $"SELECT v.viewer, @post, @author, @at FROM ({viewers}) v " +

            // SQLite needs a WHERE before ON CONFLICT in INSERT … SELECT (else ON reads as a join's).
            $"WHERE 1 = 1 ON CONFLICT DO NOTHING RETURNING {E(nameof(FeedEntry.ViewerId))}";

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = text;
            command.Parameters.Add(Parameter(db, command, typeof(FeedEntry), nameof(FeedEntry.PostId), "@post", post.Id));
            command.Parameters.Add(Parameter(db, command, typeof(FeedEntry), nameof(FeedEntry.AuthorId), "@author", post.AuthorId));
            command.Parameters.Add(Parameter(db, command, typeof(FeedEntry), nameof(FeedEntry.OccurredAt), "@at", post.OccurredAt));
            foreach (var (type, property, name, value) in parameters)
            {
                command.Parameters.Add(Parameter(db, command, type, property, name, value));
            }

            var viewerIds = new List<Guid>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                viewerIds.Add(reader.GetGuid(0));
            }

            return viewerIds;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static StoreObjectIdentifier Table(DbContext db, Type type)
    {
        var entity = db.Model.FindEntityType(type)!;
        return StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
    }

    private static string Column(DbContext db, Type type, StoreObjectIdentifier table, string property, ISqlGenerationHelper sql) =>
        sql.DelimitIdentifier(db.Model.FindEntityType(type)!.FindProperty(property)!.GetColumnName(table)!);

    private static DbParameter Parameter(DbContext db, DbCommand command, Type type, string property, string name, object value)
    {
        var mapping = db.Model.FindEntityType(type)!.FindProperty(property)!.GetRelationalTypeMapping();
        return mapping.CreateParameter(command, name, value, nullable: false);
    }
}
