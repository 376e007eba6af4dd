using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Storage;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Tests.Chaos;

/// <summary>
/// Plays one random operation on an installation with the seeded dice: creates, edits, posts, unposts and deletes
/// cash vouchers and NVK vouchers, and adds partners, always on what that installation currently holds (so edits
/// race with the other sites' edits of the same pulled voucher).
/// </summary>
public sealed class ChaosUser(Random dice)
{
    private static readonly (string Debit, string Credit)[] JournalPairs = [("6422", "1121"), ("1121", "5111"), ("1121", "711"), ("6421", "1121"), ("811", "1121"), ("1121", "515")];
    private static readonly string[] CashCounters = ["5111", "711", "515"];
    private static readonly string[] PaymentCounters = ["6422", "6421", "811"];
    private int partnerCount;

    public ChaosOperation Pick()
    {
        var roll = dice.Next(100);
        return roll switch
        {
            < 14 => ChaosOperation.CreateGeneralJournal,
            < 30 => ChaosOperation.CreateReceipt,
            < 38 => ChaosOperation.CreatePayment,
            < 42 => ChaosOperation.CreatePartner,
            < 62 => ChaosOperation.EditDraft,
            < 78 => ChaosOperation.PostDraft,
            < 90 => ChaosOperation.UnpostPosted,
            _ => ChaosOperation.DeleteDraft,
        };
    }

    /// <summary>Runs <paramref name="operation"/>; false when the installation has nothing it applies to.</summary>
    public async Task<bool> PlayAsync(ClientNode node, ChaosOperation operation)
    {
        var ct = CancellationToken.None;
        switch (operation)
        {
            case ChaosOperation.CreateGeneralJournal:
                await node.Vouchers.CreateAsync(JournalDraft(node), dice.Next(2) == 0, ct);
                return true;
            case ChaosOperation.CreateReceipt:
                await node.Cash.CreateAsync(CashDraft(node, CashVoucherKind.Receipt, await PartnerAsync(node)), dice.Next(3) > 0, ct);
                return true;
            case ChaosOperation.CreatePayment:
                await node.Cash.CreateAsync(CashDraft(node, CashVoucherKind.Payment, null), dice.Next(3) > 0, ct);
                return true;
            case ChaosOperation.CreatePartner:
                await node.Catalogs.AddPartnerAsync(node.CompanyId, $"{node.Name}-{++partnerCount:D4}", $"Đối tác {node.Name} {partnerCount}", PartnerKinds.Customer, null, ct);
                return true;
            default:
                return await ChangeExistingAsync(node, operation, ct);
        }
    }

    private async Task<bool> ChangeExistingAsync(ClientNode node, ChaosOperation operation, CancellationToken ct)
    {
        var wantPosted = operation == ChaosOperation.UnpostPosted;
        var candidates = await CandidatesAsync(node, wantPosted);
        if (candidates.Count == 0)
        {
            return false;
        }

        var (id, version, isCash, kind) = candidates[dice.Next(candidates.Count)];
        switch (operation)
        {
            case ChaosOperation.EditDraft when isCash:
                await node.Cash.UpdateAsync(id, version, CashDraft(node, kind, kind == CashVoucherKind.Receipt ? await PartnerAsync(node) : null), ct);
                break;
            case ChaosOperation.EditDraft:
                await node.Vouchers.UpdateAsync(id, version, JournalDraft(node), ct);
                break;
            case ChaosOperation.PostDraft when isCash:
                await node.Cash.PostAsync(id, ct);
                break;
            case ChaosOperation.PostDraft:
                await node.Vouchers.PostAsync(id, ct);
                break;
            case ChaosOperation.UnpostPosted when isCash:
                await node.Cash.UnpostAsync(id, ct);
                break;
            case ChaosOperation.UnpostPosted:
                await node.Vouchers.UnpostAsync(id, ct);
                break;
            case ChaosOperation.DeleteDraft when isCash:
                await node.Cash.DeleteAsync(id, ct);
                break;
            default:
                await node.Vouchers.DeleteAsync(id, ct);
                break;
        }

        return true;
    }

    private static async Task<List<(Guid Id, long Version, bool IsCash, CashVoucherKind Kind)>> CandidatesAsync(ClientNode node, bool posted)
    {
        await using var unit = await node.Store.BeginReadAsync(CancellationToken.None);
        var journalStatus = posted ? DocumentStatus.Posted : DocumentStatus.Draft;
        var cashStatus = posted ? CashVoucherStatus.Posted : CashVoucherStatus.Draft;
        var journal = await unit.Context<LedgerDbContext>().GeneralJournalVouchers.AsNoTracking()
            .Where(v => v.Status == journalStatus).Select(v => new { v.Id, v.Version }).ToListAsync();
        var cash = await unit.Context<CashDbContext>().Vouchers.AsNoTracking()
            .Where(v => v.Status == cashStatus).Select(v => new { v.Id, v.Version, v.Kind }).ToListAsync();
        return [.. journal.Select(v => (v.Id, v.Version, false, CashVoucherKind.Receipt)).Concat(cash.Select(v => (v.Id, v.Version, true, v.Kind))).OrderBy(v => v.Id)];
    }

    private async Task<Guid?> PartnerAsync(ClientNode node)
    {
        if (dice.Next(3) != 0)
        {
            return null;
        }

        await using var unit = await node.Store.BeginReadAsync(CancellationToken.None);
        var partners = await unit.Context<LedgerDbContext>().Partners.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        return partners.Count == 0 ? null : partners[dice.Next(partners.Count)];
    }

    private GeneralJournalDraft JournalDraft(ClientNode node)
    {
        var day = Day();
        var lines = Enumerable.Range(0, dice.Next(1, 4)).Select(_ =>
        {
            var (debit, credit) = JournalPairs[dice.Next(JournalPairs.Length)];
            return new GeneralJournalDraftLine(debit, credit, Amount());
        }).ToList();
        return new GeneralJournalDraft(node.CompanyId, BookSet.Tax, day, day, $"Bút toán {node.Name}", lines);
    }

    private CashVoucherDraft CashDraft(ClientNode node, CashVoucherKind kind, Guid? partnerId)
    {
        var day = Day();
        var counters = kind == CashVoucherKind.Receipt ? CashCounters : PaymentCounters;
        var lines = Enumerable.Range(0, dice.Next(1, 3))
            .Select(_ => new CashVoucherDraftLine(partnerId is null ? counters[dice.Next(counters.Length)] : "131", kind == CashVoucherKind.Receipt ? Amount() * 3 : Amount() / 4, null, partnerId))
            .ToList();
        return new CashVoucherDraft(kind, node.CompanyId, BookSet.Tax, day, day, "Nguyễn Văn An", kind == CashVoucherKind.Receipt ? "Thu tiền" : "Chi tiền", lines, partnerId);
    }

    private DateOnly Day() => new(2026, dice.Next(1, 13), dice.Next(1, 29));

    /// <summary>Whole đồng, sometimes with a fractional part (the ledger keeps decimals exactly).</summary>
    private decimal Amount() => dice.Next(1, 5000) * 1000m + (dice.Next(4) == 0 ? 0.5m : 0m);
}
