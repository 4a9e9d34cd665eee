using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>One entry of the Errors array the API returns when a body fails validation.</summary>
public sealed record ValidationError(string PropertyName, string Message, JsonNode AttemptedValue = null);
