namespace FitnessApp.Modules.Social.Connections;

/// <summary>How the viewer follows an athlete; on the wire as <c>none</c>, <c>requested</c>, <c>following</c>.</summary>
internal enum Relation
{
    None,
    Requested,
    Following,
}
