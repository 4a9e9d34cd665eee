namespace NexudusCommunity.Sandbox;

/// <summary>The injectable faults, in the order the middleware tries them.</summary>
internal enum FaultKind
{
    DropConnection,
    HtmlError,
    ServerError,
    GenericError,
    Throttle,
    MalformedJson,
    Unsuccessful,
    ServerErrorAfterProcessing,
    DropAfterProcessing,
}
