using System.Text.Json.Serialization;

namespace NexudusCommunity.Sandbox;

/// <summary>How a throttled answer tells the client to wait. The API's own: Retry-After in seconds.</summary>
[JsonConverter(typeof(JsonStringEnumConverter))]
public enum RetryAfterForm
{
    /// <summary>Retry-After: N (delta seconds).</summary>
    Seconds,
    /// <summary>Retry-After as an HTTP date N seconds ahead.</summary>
    Date,
    /// <summary>No Retry-After at all (what live clients meet with 429).</summary>
    None,
}

/// <summary>The body of a throttled answer. The API's own: empty (Content-Length: 0).</summary>
[JsonConverter(typeof(JsonStringEnumConverter))]
public enum ThrottleBodyForm
{
    Empty,
    /// <summary>{"Message":"Wait N seconds","WasSuccessful":false}.</summary>
    Json,
    /// <summary>text/plain "Wait N seconds" (what live clients meet with 429).</summary>
    Text,
}

/// <summary>
/// One throttled answer's shape. The default is the API's: 409 ("for legacy reasons") with the reason phrase
/// "You must wait before accessing this url again.", Retry-After in seconds and an empty body. Live clients also
/// meet 429 with no Retry-After and a "Wait N seconds" body; every combination can be set.
/// </summary>
internal sealed record ThrottleShape(int Status, RetryAfterForm RetryAfter, ThrottleBodyForm Body)
{
    public const string ReasonPhrase409 = "You must wait before accessing this url again.";

    public static readonly ThrottleShape Vendor = new(409, RetryAfterForm.Seconds, ThrottleBodyForm.Empty);

    /// <summary>Null when the settings are valid, else what is wrong, naming the setting.</summary>
    public static string Problem(string statusSetting, int status) =>
        status is 409 or 429 ? null : $"{statusSetting} must be 409 (what the API sends) or 429, not {status}.";
}
