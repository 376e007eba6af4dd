namespace AmisModular.Printing.Forms;

/// <summary>A print model field breaks a rule; nothing was written. <see cref="Field"/> names the field.</summary>
public sealed class PrintModelValidationException : Exception
{
    public PrintModelValidationException(string field, string messageVi, string messageEn)
        : base($"{messageVi} / {messageEn} (field: {field})")
    {
        Field = field;
        MessageVi = messageVi;
        MessageEn = messageEn;
    }

    public PrintModelValidationException()
    {
        Field = MessageVi = MessageEn = string.Empty;
    }

    public PrintModelValidationException(string message)
        : base(message)
    {
        Field = MessageVi = MessageEn = string.Empty;
    }

    public PrintModelValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = MessageVi = MessageEn = string.Empty;
    }

    public string Field { get; }

    public string MessageVi { get; }

    public string MessageEn { get; }
}
