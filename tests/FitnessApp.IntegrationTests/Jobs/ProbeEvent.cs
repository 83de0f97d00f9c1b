using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.IntegrationTests.Jobs;

/// <summary>An integration event only the tests publish.</summary>
public sealed record ProbeEvent(string Note) : IntegrationEvent;
