namespace AmisModular.TestContracts;

/// <summary>An event one test module publishes and another receives.</summary>
public sealed record PingEvent(string From, string Text);
