namespace FitnessApp.Modules.Support.Domain;

/// <summary>Who wrote a message and who may read it: internal notes are for operators only.</summary>
internal enum MessageKind
{
    Athlete = 0,
    Operator = 1,
    InternalNote = 2,
}
