<#
.SYNOPSIS
    An example runbook: make every book group private and make sure the book-club lead is a member of each.
.DESCRIPTION
    In Azure Automation it would connect with -SecretName; against the local sandbox it takes -BaseUri and
    -Credential. It changes only what needs changing and reports what it did, one line per group.
.EXAMPLE
    dotnet pwsh ./build.ps1 -Task Demo -Script examples/Runbook-BookClubs.ps1 -Seed examples/sandbox-fixture.json
#>
param(
    [uri] $BaseUri,
    [pscredential] $Credential,
    [string] $SecretName,
    # The book-club lead, a coworker: by Id, or by email when no Id is given.
    [long] $LeadMemberId,
    [string] $LeadEmail = 'radia.perlman@example.com'
)
$ErrorActionPreference = 'Stop'

if ($SecretName) { Connect-Nexudus -SecretName $SecretName }
else { Connect-Nexudus -BaseUri $BaseUri -Credential $Credential }

if (-not $LeadMemberId) { $LeadMemberId = (Get-NexudusCoworker -Email $LeadEmail).Id }
if (-not $LeadMemberId) { throw "No coworker has the email $LeadEmail: pass -LeadMemberId or -LeadEmail." }

$books = @(Get-CommunityGroup -Name 'Book*')
"Found $($books.Count) book group(s): $(($books | ForEach-Object Name) -join ', ')"

$public = @($books | Where-Object GroupAccess -ne 'Private')
if ($public.Count -gt 0) {
    # One request for all of them: the command takes many records at once. Commands are High impact (they can
    # delete): a runbook, which cannot answer a prompt, says -Force to run one.
    $result = $public | Invoke-CommunityGroupCommand -Key SET_PRIVATE -Force
    "Made private: $(($public | ForEach-Object Name) -join ', ') ($($result.Message))"
}

foreach ($group in $books) {
    $full = Get-CommunityGroup -Id $group.Id
    if ($full.Members -contains $LeadMemberId) { "$($full.Name): lead already a member"; continue }
    $saved = $full | Set-CommunityGroup -AddMember $LeadMemberId -PassThru
    "$($saved.Name): added lead $LeadMemberId (members now $($saved.Members -join ', '))"
}
Disconnect-Nexudus
