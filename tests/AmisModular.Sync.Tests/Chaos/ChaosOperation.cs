namespace AmisModular.Sync.Tests.Chaos;

/// <summary>What a user does on one installation between syncs.</summary>
public enum ChaosOperation
{
    CreateGeneralJournal,
    CreateReceipt,
    CreatePayment,
    CreatePartner,
    EditDraft,
    PostDraft,
    UnpostPosted,
    DeleteDraft,
}
