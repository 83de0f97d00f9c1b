namespace FitnessApp.Modules.Social.Groups.Domain;

/// <summary>On the wire as <c>going</c>, <c>maybe</c>, <c>notGoing</c>.</summary>
internal enum AttendanceStatus
{
    Going,
    Maybe,
    NotGoing,
}
