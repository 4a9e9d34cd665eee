namespace NexudusCommunity.Sandbox;

/// <summary>Per-endpoint role checks: &lt;Entity&gt;-List, -Read, -Create, -Edit, -Delete.</summary>
internal static class Roles
{
    /// <summary>Null when the caller has the role; otherwise the 401 the API answers.</summary>
    public static IResult Require(HttpContext context, string role)
    {
        var user = Authenticator.GetUser(context);
        if (user == null) return ApiResults.AccessDenied();
        return user.HasRole(role) ? null : ApiResults.MissingRole(role);
    }

    public static string ActingEmail(HttpContext context) => Authenticator.GetUser(context)?.Email ?? "System";
}
