namespace AmisModular.Modularity.Abstractions.Documents;

/// <param name="Field">A JSON path inside the document, e.g. <c>$.lines[1].amount</c>.</param>
/// <param name="Rule">A short rule code, e.g. <c>required</c>, <c>positive</c>, <c>unknown-account</c>.</param>
/// <param name="Message">Vietnamese / English text a person can act on.</param>
public sealed record DocumentFieldError(string Field, string Rule, string Message);
