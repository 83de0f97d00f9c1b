using FitnessApp.Modules.Loyalty.Promotions.Admin;
using FitnessApp.Modules.Shared.Contracts.Messaging;

namespace FitnessApp.Modules.Loyalty.Promotions.DeactivatePromoCode;

/// <summary>Stops the code from applying to new orders; reserved uses can still be committed or released. Idempotent.</summary>
internal sealed record DeactivatePromoCode(Guid Id) : ICommand<PromoCodeResponse>;
