using FitnessApp.Modules.Shop.Catalog.PartnerImports.Domain;

namespace FitnessApp.Modules.Shop.Catalog.PartnerImports.Importing;

/// <summary>What one import did, product by product; rejected rows beyond <see cref="PartnerImportRun.MaxRejectedKept"/> are only counted.</summary>
internal sealed class ImportReport
{
    private readonly List<RejectedRow> _rejectedRows = [];

    public int Rows { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    public int Archived { get; set; }

    public int Rejected { get; private set; }

    public IReadOnlyList<RejectedRow> RejectedRows => _rejectedRows;

    public void Reject(RejectedRow row)
    {
        Rejected++;
        if (_rejectedRows.Count < PartnerImportRun.MaxRejectedKept)
        {
            _rejectedRows.Add(row);
        }
    }
}
