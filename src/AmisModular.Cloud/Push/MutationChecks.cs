using System.Runtime.ExceptionServices;
using System.Text.Json;
using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.FiscalYears;
using AmisModular.Cloud.Hosting;
using AmisModular.Storage.Json;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>
/// The checks of one mutation that read nothing but the mutation and what the request already holds (caller, book,
/// fiscal years, options), in the order the push applies them; the first failing one is the refusal. A change that
/// passes but cannot be taken yet (schema beyond the server's, licence lapsed on <paramref name="today"/>) is deferred.
/// </summary>
public sealed class MutationChecks(
    DeviceCaller caller, CloudBook book, FiscalYearCheck years, IReadOnlyDictionary<string, IDocumentRule> rules, CloudOptions options, DateOnly today)
{
    /// <summary>The longest document number the cloud stores (its column on every provider).</summary>
    public const int MaxNumberLength = 64;

    public CheckedMutation Check(Mutation m)
    {
        ArgumentNullException.ThrowIfNull(m);
        try
        {
            var refusal = Refusal(m, out var facts);
            return new CheckedMutation(m, refusal, facts, refusal is null ? Deferral(m) : null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new CheckedMutation(m, null, new DocumentFacts(null, null, null), null, ExceptionDispatchInfo.Capture(ex));
        }
    }

    private AckError? Deferral(Mutation m)
    {
        if (!options.Modules.TryGetValue(m.Module, out var window) || m.SchemaVersion > window.Max)
        {
            return PushAcks.BeyondSchema(m);
        }

        // The core ledger (catalogs, journal vouchers) is never licensed separately, so a lapsed licence holds back only
        // the licensed modules' documents, and the device keeps them queued rather than parked: nothing is lost.
        return m.Module != "core" && caller.Tenant.LicenceExpiredOn(today) ? PushAcks.LicenceExpired(m, caller.Tenant.LicenceValidUntil!.Value) : null;
    }

    private AckError? Refusal(Mutation m, out DocumentFacts facts)
    {
        facts = new DocumentFacts(null, null, null);
        if (!caller.Tenant.IsLicensed(m.Module))
        {
            return new AckError(RejectionCodes.UnlicensedModule, $"Công ty chưa có giấy phép phân hệ {m.Module}. / The company has no licence for module {m.Module}.", false);
        }

        if (!MutationOperations.IsKnown(m.Operation))
        {
            return new AckError(RejectionCodes.InvalidOperation, $"Thao tác '{m.Operation}' không hợp lệ. / Operation '{m.Operation}' is unknown.", false);
        }

        if (CanonicalJson.Sha256Hex(m.Payload ?? "") != m.PayloadHash)
        {
            return new AckError(RejectionCodes.PayloadHash, "Mã băm nội dung không khớp. / payloadHash does not match the payload.", false);
        }

        if (!rules.TryGetValue(m.DocumentType, out var rule) || !options.Modules.ContainsKey(m.Module))
        {
            return new AckError(RejectionCodes.UnknownDocumentType, $"Loại chứng từ {m.DocumentType} không được hỗ trợ. / Document type {m.DocumentType} is unknown.", false);
        }

        if (!string.Equals(rule.Module, m.Module, StringComparison.Ordinal))
        {
            // The licence was checked against the module the request names; a document type filed under another
            // module (a cash voucher sent as "core") would otherwise get past an unlicensed module.
            return new AckError(RejectionCodes.UnknownDocumentType,
                $"Loại chứng từ {m.DocumentType} thuộc phân hệ {rule.Module}, không phải {m.Module}. / Document type {m.DocumentType} belongs to module {rule.Module}, not {m.Module}.", false);
        }

        if (m.LocalNumber?.Length > MaxNumberLength)
        {
            return InvalidPayload($"Số chứng từ dài quá {MaxNumberLength} ký tự. / localNumber is longer than {MaxNumberLength} characters.");
        }

        try
        {
            facts = rule.Inspect(m, caller.Tenant);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NullReferenceException or FormatException or KeyNotFoundException or ArgumentException)
        {
            // A payload of the wrong shape (a null line, a text where an amount goes) is this change's fault, not the
            // server's: refused with the reason, so the device parks it and its queue moves on instead of retrying a 500.
            return InvalidPayload($"Không đọc được nội dung {m.DocumentType}: {ex.Message} / The {m.DocumentType} payload cannot be read: {ex.Message}");
        }

        if (facts.Number?.Length > MaxNumberLength)
        {
            return InvalidPayload($"Số chứng từ dài quá {MaxNumberLength} ký tự. / The document number is longer than {MaxNumberLength} characters.");
        }

        return facts.Error ?? PeriodRefusal(facts);
    }

    private static AckError InvalidPayload(string message) => new(RejectionCodes.InvalidPayload, message, false);

    private AckError? PeriodRefusal(DocumentFacts facts) =>
        book.LockedThrough is { } locked && facts.PostingDate <= locked
            ? new AckError(RejectionCodes.PeriodLocked,
                $"Kỳ kế toán đến {locked:dd/MM/yyyy} đã khóa sổ. / The period up to {locked:yyyy-MM-dd} is locked.", false)
            : years.Refusal(facts.PostingDate);
}
