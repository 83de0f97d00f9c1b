using FitnessApp.Modules.Shared.Errors;
using FitnessApp.Modules.Shared.Mediation;
using FitnessApp.Modules.Shop.Catalog.GetProduct;

namespace FitnessApp.Modules.Shop.Pages.Cart;

/// <summary>The first image of each product in the cart (by product id), read through the catalog's GetProduct.</summary>
internal static class CartImages
{
    public static async Task<Dictionary<Guid, string>> FirstImagesAsync(IPortalMediator mediator, IEnumerable<string> slugs, CancellationToken cancellationToken = default)
    {
        var images = new Dictionary<Guid, string>();
        foreach (var slug in slugs)
        {
            try
            {
                var product = await mediator.Send(new GetProduct(null, slug), cancellationToken);
                if (product.Images.Count > 0)
                {
                    images[product.Id] = product.Images[0].Url;
                }
            }
            catch (NotFoundException)
            {
                // An archived product keeps its cart line (flagged unavailable) but shows no image.
            }
        }

        return images;
    }
}
