using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>The response bodies the API uses, built as JSON objects so the property order matches the vendor pages.</summary>
internal static class ApiResults
{
    public static IResult Json(JsonNode body, int status = 200) =>
        Results.Json(body, SandboxJson.WriteOptions, "application/json; charset=utf-8", status);

    public static IResult AccessDenied() => Json(new JsonObject
    {
        ["Message"] = "Authorization has been denied for this request.",
        ["WasSuccessful"] = false,
    }, 401);

    public static IResult MissingRole(string role) => Json(new JsonObject
    {
        ["Message"] = $"Missing required role: {role}",
        ["WasSuccessful"] = false,
        ["Status"] = 401,
    }, 401);

    public static IResult NotFound(string entity, long id) => Json(new JsonObject
    {
        ["Message"] = $"{entity} {id} was not found.",
        ["WasSuccessful"] = false,
        ["Status"] = 404,
    }, 404);

    /// <summary>A 400 for a bad query-string parameter, naming it.</summary>
    public static IResult BadParameter(string name, string value, string why = null) => Json(new JsonObject
    {
        ["Message"] = why ?? $"The value '{value}' is not valid for parameter '{name}'.",
        ["WasSuccessful"] = false,
        ["Status"] = 400,
    }, 400);

    /// <summary>Create/update/command success: the action envelope the pages show.</summary>
    public static IResult Success(string message, long? id, string updatedBy, DateTime? updatedOn = null, JsonObject value = null) => Json(new JsonObject
    {
        ["Status"] = 200,
        ["WasSuccessful"] = true,
        ["Message"] = message,
        ["Value"] = value ?? (id.HasValue ? new JsonObject { ["Id"] = id.Value } : null),
        ["OpenInDialog"] = false,
        ["OpenInWindow"] = false,
        ["RedirectURL"] = null,
        ["JavaScript"] = null,
        ["UpdatedOn"] = updatedOn.HasValue ? SandboxJson.FormatDate(updatedOn.Value) : null,
        ["UpdatedBy"] = updatedBy,
        ["Errors"] = null,
    });

    public static IResult Deleted() => Json(new JsonObject
    {
        ["Status"] = 200,
        ["WasSuccessful"] = true,
        ["Message"] = "The record was deleted successfully.",
        ["Value"] = null,
        ["OpenInDialog"] = false,
        ["RedirectURL"] = null,
        ["JavaScript"] = null,
        ["Errors"] = null,
    });

    /// <summary>Validation failure: Message joins "Field: msg; Field2: msg"; every failing field is listed.</summary>
    public static IResult Invalid(int status, IReadOnlyList<ValidationError> errors)
    {
        var list = new JsonArray();
        foreach (var e in errors)
        {
            list.Add(new JsonObject
            {
                ["AttemptedValue"] = e.AttemptedValue?.DeepClone(),
                ["Message"] = e.Message,
                ["PropertyName"] = e.PropertyName,
            });
        }
        var message = string.Join("; ", errors.Select(e => e.PropertyName == null ? e.Message : $"{e.PropertyName}: {e.Message}"));
        return Json(new JsonObject
        {
            ["Status"] = status,
            ["Message"] = message,
            ["Value"] = null,
            ["WasSuccessful"] = false,
            ["Errors"] = list,
        }, status);
    }

    public static IResult Invalid(int status, string propertyName, string message, JsonNode attempted = null) =>
        Invalid(status, new[] { new ValidationError(propertyName, message, attempted) });

    public static IResult MalformedBody() =>
        Invalid(400, null, "The request body is not a valid JSON object.");
}
