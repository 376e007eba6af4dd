using AmisModular.Cloud.Data;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>What the server checks for one document type before accepting a change to it.</summary>
public interface IDocumentRule
{
    string DocumentType { get; }

    /// <summary>The module the document type belongs to: the one whose licence a change to it needs.</summary>
    string Module { get; }

    /// <summary>Validates the payload; returns the error, or the facts the push needs (posting date, number).</summary>
    DocumentFacts Inspect(Mutation mutation, Tenant tenant);
}
