using System.Text.Json.Serialization;

namespace NexudusCommunity.Sandbox;

/// <summary>How the generic 500 ("Ooops! There was a problem...", no Nexudus envelope) is written.</summary>
[JsonConverter(typeof(JsonStringEnumConverter))]
public enum GenericErrorBodyForm
{
    Html,
    Text,
}
