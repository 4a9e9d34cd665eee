namespace NexudusCommunity.Api.Errors
{
    /// <summary>One field the server refused, as its Errors array reports it.</summary>
    public sealed class FieldError(string propertyName, string message, string attemptedValue)
    {
        public string PropertyName { get; } = propertyName;
        public string Message { get; } = message;
        public string AttemptedValue { get; } = attemptedValue;

        public override string ToString() => string.IsNullOrEmpty(PropertyName) ? Message : $"{PropertyName}: {Message}";
    }
}
