namespace NexudusCommunity.Api.Errors
{
    /// <summary>One field the server refused, as its Errors array reports it.</summary>
    public sealed class FieldError
    {
        public FieldError(string propertyName, string message, string attemptedValue)
        {
            PropertyName = propertyName;
            Message = message;
            AttemptedValue = attemptedValue;
        }

        public string PropertyName { get; }
        public string Message { get; }
        public string AttemptedValue { get; }

        public override string ToString() => string.IsNullOrEmpty(PropertyName) ? Message : $"{PropertyName}: {Message}";
    }
}
