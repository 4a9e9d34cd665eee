namespace NexudusCommunity.Cmdlets.Input
{
    /// <summary>Input refused before anything is sent; the message starts with the parameter's name.</summary>
    public sealed class ParameterException : ArgumentException
    {
        public ParameterException(string parameter, string message) : base(message)
        {
            Parameter = parameter;
        }

        public string Parameter { get; }
    }
}
