using NexudusCommunity.Api;
using NexudusCommunity.Api.Entities;
using NexudusCommunity.Api.Errors;

namespace NexudusCommunity.Tests;

/// <summary>
/// When a create or a command may go again: only on proof the first did not take effect. A create's proof is a
/// check on the server after an answer that means the server's work has ended; a command's, the API's own 503.
/// </summary>
public class WriteRetryTests
{
    private static readonly RetryPolicy Quick = new() { BaseDelay = TimeSpan.FromMilliseconds(1), MaxRetries = 3 };

    private static NexudusApiException Lost(LostAnswer lost, int? status = null) =>
        new(lost == LostAnswer.NotActedOn ? ApiErrorKind.Server : ApiErrorKind.UnknownOutcome, $"answer {status}", status) { LostAnswer = lost };

    /// <summary>A create that fails as scripted, then succeeds with Id 100 + its try number.</summary>
    private sealed class Creates(params NexudusApiException[] failures)
    {
        public int Sent { get; private set; }

        public Task<long> Send(CancellationToken _)
        {
            Sent++;
            return Sent <= failures.Length ? Task.FromException<long>(failures[Sent - 1]) : Task.FromResult(100L + Sent);
        }
    }

    [Theory]
    [InlineData(LostAnswer.NotActedOn, 503)]
    [InlineData(LostAnswer.Ended, 502)]
    [InlineData(LostAnswer.Ended, 500)]
    [InlineData(LostAnswer.Ended, null)] // a dropped connection
    public async Task A_create_the_server_verifiably_did_not_make_is_sent_again(LostAnswer lost, int? status)
    {
        var creates = new Creates(Lost(lost, status));
        var checks = 0;

        var id = await new WriteRetry(Quick, "new Thing 'A'").CreateAsync(creates.Send, (_, _) => { checks++; return Task.FromResult<long?>(null); }, CancellationToken.None);

        Assert.Equal(102, id);
        Assert.Equal(2, creates.Sent);
        Assert.Equal(1, checks);
    }

    [Fact]
    public async Task A_create_the_check_finds_is_not_sent_again()
    {
        var creates = new Creates(Lost(LostAnswer.Ended, 500));

        var id = await new WriteRetry(Quick, "new Thing 'A'").CreateAsync(creates.Send, (_, _) => Task.FromResult<long?>(42), CancellationToken.None);

        Assert.Equal(42, id);
        Assert.Equal(1, creates.Sent);
    }

    [Theory]
    [InlineData(504)]
    [InlineData(null)] // no answer in time
    public async Task A_create_that_may_still_be_running_is_never_sent_again(int? status)
    {
        var creates = new Creates(Lost(LostAnswer.MayStillRun, status));

        var error = await Assert.ThrowsAsync<NexudusApiException>(() =>
            new WriteRetry(Quick, "new Thing 'A'").CreateAsync(creates.Send, (_, _) => Task.FromResult<long?>(null), CancellationToken.None));

        Assert.Equal(ApiErrorKind.UnknownOutcome, error.Kind);
        Assert.Contains("new Thing 'A': its fate is unknown", error.Message);
        Assert.Contains("may still be working on it", error.Message);
        Assert.Equal(1, creates.Sent);
    }

    [Fact]
    public async Task Resends_are_bounded_and_the_error_says_nothing_was_made()
    {
        var creates = new Creates(Enumerable.Range(0, 10).Select(_ => Lost(LostAnswer.NotActedOn, 503)).ToArray());

        var error = await Assert.ThrowsAsync<NexudusApiException>(() =>
            new WriteRetry(Quick, "new Thing 'A'").CreateAsync(creates.Send, (_, _) => Task.FromResult<long?>(null), CancellationToken.None));

        Assert.Equal(ApiErrorKind.Server, error.Kind);
        Assert.StartsWith("new Thing 'A' was not applied: 4 tries failed", error.Message);
        Assert.Equal(4, creates.Sent); // the first and MaxRetries more
    }

    [Fact]
    public async Task A_verdict_is_not_retried()
    {
        var verdict = new NexudusApiException(ApiErrorKind.Validation, "Name: required", 400);
        var creates = new Creates(verdict);

        var error = await Assert.ThrowsAsync<NexudusApiException>(() =>
            new WriteRetry(Quick, "new Thing ''").CreateAsync(creates.Send, (_, _) => throw new InvalidOperationException("no check for a verdict"), CancellationToken.None));

        Assert.Same(verdict, error);
        Assert.Equal(1, creates.Sent);
    }

    [Fact]
    public async Task A_command_goes_again_only_after_the_APIs_own_503()
    {
        var runs = 0;
        Task<string> Run(CancellationToken _) => ++runs == 1 ? Task.FromException<string>(Lost(LostAnswer.NotActedOn, 503)) : Task.FromResult("done");

        Assert.Equal("done", await new WriteRetry(Quick, "command SET_PRIVATE").CommandAsync(Run, CancellationToken.None));
        Assert.Equal(2, runs);
    }

    [Theory]
    [InlineData(LostAnswer.Ended, 502)]
    [InlineData(LostAnswer.Ended, null)]
    [InlineData(LostAnswer.MayStillRun, 504)]
    public async Task A_command_whose_fate_is_unknown_is_reported_not_repeated(LostAnswer lost, int? status)
    {
        var runs = 0;
        Task<string> Run(CancellationToken _)
        {
            runs++;
            return Task.FromException<string>(Lost(lost, status));
        }

        var error = await Assert.ThrowsAsync<NexudusApiException>(() => new WriteRetry(Quick, "command SET_PRIVATE on CommunityGroup 4").CommandAsync(Run, CancellationToken.None));

        Assert.Equal(ApiErrorKind.UnknownOutcome, error.Kind);
        Assert.StartsWith("command SET_PRIVATE on CommunityGroup 4: its fate is unknown", error.Message);
        Assert.Contains("not sent again", error.Message);
        Assert.Equal(1, runs);
    }
}
