using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FitnessApp.Modules.Shop.Checkout.PlaceOrder;

/// <summary>SHA-256 of the body as parsed (so whitespace and member order do not matter), for the idempotency check.</summary>
internal static class RequestHash
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Of(PlaceOrderBody body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body, Json))));
}
