namespace FitnessApp.Modules.Social.Groups.Domain;

/// <summary>On the wire as <c>public</c> / <c>private</c>.</summary>
internal enum GroupPrivacy
{
    Public,
    Private,
}
