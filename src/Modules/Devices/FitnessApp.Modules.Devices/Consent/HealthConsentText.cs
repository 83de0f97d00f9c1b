namespace FitnessApp.Modules.Devices.Consent;

/// <summary>Resources of the consent notice (Resources/Consent/HealthConsentText.resx and its Russian twin).</summary>
internal sealed class HealthConsentText;
