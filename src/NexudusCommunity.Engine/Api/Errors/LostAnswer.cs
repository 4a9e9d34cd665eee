namespace NexudusCommunity.Api.Errors
{
    /// <summary>
    /// What a write's failed or missing answer says about whether the server acted on it: the basis for sending a
    /// create or command again (never without proof that the first one did not happen).
    /// </summary>
    public enum LostAnswer
    {
        /// <summary>Not a lost answer: a verdict (validation, permission...) or not a write.</summary>
        None,

        /// <summary>Refused before any work (503 Service Unavailable): nothing happened.</summary>
        NotActedOn,

        /// <summary>The server's work ended, but the answer does not say how: a generic 500, a 502, a dropped connection.</summary>
        Ended,

        /// <summary>The server may still be working on it (504 from a gateway, no answer in time): a check can miss it.</summary>
        MayStillRun,
    }
}
