<#
    The README's offline example, as a user runs it: the sandbox started with --seed examples/sandbox-fixture.json
    --no-demo-data, and examples/Runbook-BookClubs.ps1 run against it, twice. And what a fixture with one business
    gives a connection that names none: that business as its default.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $examples = Join-Path (Join-Path (Join-Path $PSScriptRoot '..') '..') 'examples'
    $sandbox = Start-TestSandbox -Fixture (Join-Path $examples 'sandbox-fixture.json')
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox): the fixture's members are demo coworkers
    $fixture = Get-Content -Raw -LiteralPath (Join-Path $examples 'sandbox-fixture.json') | ConvertFrom-Json
    $groupId = @{}
    foreach ($group in $fixture.CommunityGroups) { $groupId[$group.Name] = [long] $group.Id }
    $runbook = Join-Path $examples 'Runbook-BookClubs.ps1'

    function Get-ServerGroup([long] $Id) {
        # The group as the sandbox holds it, read past the module.
        (Invoke-TestSandboxHttp -Sandbox $sandbox -Path "api/community/communitygroups/$Id" -Credential $sandbox.AdminCredential).Body | ConvertFrom-Json
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'The example runbook against the example fixture' {
    It 'makes both book groups private in one command and adds the lead to each, leaving Runners alone' {
        $lines = @(& $runbook -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential)

        $lines[0] | Should -BeExactly 'Found 2 book group(s): Book Club, Book Swap'
        foreach ($id in $groupId['Book Club'], $groupId['Book Swap']) {
            (Get-ServerGroup $id).GroupAccess | Should -Be 3 -Because 'Private'
            (Get-ServerGroup $id).Members | Should -Contain $demo.Coworker10 -Because 'the lead, radia.perlman@example.com'
        }
        (Get-ServerGroup $groupId['Runners']).Members | Sort-Object | Should -Be @($demo.Coworker4, $demo.Coworker5)
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method POST -Path '*/runcommand').Count | Should -Be 1
    }

    It 'finds nothing left to do when run again, and writes nothing' {
        Clear-TestSandboxRequest -Sandbox $sandbox

        $lines = @(& $runbook -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential)

        $lines | Should -Contain 'Book Club: lead already a member'
        $lines | Should -Contain 'Book Swap: lead already a member'
        @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
    }
}

Describe 'A fixture with one business' {
    It 'makes it the default of a connection that names none, and new records land in it' {
        Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -NoRateLimit

        (Get-NexudusConnection).BusinessId | Should -Be $fixture.Businesses[0].Id
        (Get-NexudusConnection).BusinessName | Should -BeExactly 'Riverside Coworking'
        $made = New-CommunityGroup -Name 'Defaulted'
        $made.BusinessId | Should -Be $fixture.Businesses[0].Id
        $made.UserId | Should -Be $fixture.Users[0].Id -Because 'the fixture''s admin@example.com account is the one signed in
    }
}
