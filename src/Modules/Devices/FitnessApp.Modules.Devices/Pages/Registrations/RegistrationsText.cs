namespace FitnessApp.Modules.Devices.Pages.Registrations;

/// <summary>Resources of the devices page (Resources/Pages/Registrations/RegistrationsText.resx and its Russian twin).</summary>
internal sealed class RegistrationsText;
