<#
    Lists longer than a page (the API's pages hold at most 1,000 records), as a space with a few thousand groups
    meets them: read whole in the fewest requests, with progress that names the total, and pipelines whose own
    changes shrink the list they read from or take records out of its filter, reaching every record once. The
    records are seeded straight into the sandbox (POST /_sandbox/seed); what the server holds afterwards is read from
    the sandbox itself, not through the module.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)

    function Add-TestGroup {
        # $Count groups named '<Prefix> 0001'..., in the sandbox's first business, of the given GroupAccess (2 = Public).
        param([int] $Count, [string] $Prefix, [int] $GroupAccess = 2)
        $groups = foreach ($i in 1..$Count) { @{ Name = ('{0} {1:0000}' -f $Prefix, $i); BusinessId = $demo.Business1; UserId = $demo.User1; GroupAccess = $GroupAccess } }
        Add-TestSandboxData -Sandbox $sandbox -Fixture @{ CommunityGroups = @($groups) }
    }

    function Get-ServerGroupCount {
        # How many groups the sandbox holds (matching a raw list query, e.g. 'CommunityGroup_GroupAccess=2').
        param([string] $Query)
        $answer = Invoke-TestSandboxHttp -Sandbox $sandbox -Path "api/community/communitygroups?size=1&$Query" -Credential $sandbox.AdminCredential
        ($answer.Body | ConvertFrom-Json).TotalItems
    }

    function Get-ListRequestCount {
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method GET -Path '/api/community/communitygroups').Count
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Reading 2,500 groups' {
    BeforeAll {
        Reset-TestSandbox -Sandbox $sandbox
        Add-TestGroup -Count 2500 -Prefix 'Bulk'
        $connection = Connect-TestSandbox -Sandbox $sandbox -PassThru
    }

    BeforeEach {
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    It 'returns every group once, in three list requests' {
        $groups = @(Get-CommunityGroup)

        $groups.Count | Should -Be 2500
        @($groups.Id | Sort-Object -Unique).Count | Should -Be 2500
        @($groups | Where-Object Name -NotLike 'Bulk *').Count | Should -Be 0
        Get-ListRequestCount | Should -Be 3
    }

    It 'shows its progress page by page against the total, and completes it' {
        $run = Invoke-TestRunspace { param($c) Get-CommunityGroup -Connection $c | Out-Null } -ArgumentList $connection

        $run.Errors | Should -BeNullOrEmpty
        $reading = @($run.Progress | Where-Object Activity -EQ 'Reading CommunityGroup records')
        $reading.StatusDescription | Select-Object -First 3 | Should -Be @('1000 of 2500 (1 page(s))', '2000 of 2500 (2 page(s))', '2500 of 2500 (3 page(s))')
        $reading[-1].RecordType | Should -Be 'Completed'
    }

    It 'shows no progress under $ProgressPreference = ''SilentlyContinue'', nor for one page of -First 10' {
        $run = Invoke-TestRunspace {
            param($c)
            Get-CommunityGroup -First 10 -Connection $c | Out-Null
            $ProgressPreference = 'SilentlyContinue'
            Get-CommunityGroup -Connection $c | Out-Null
        } -ArgumentList $connection

        $run.Errors | Should -BeNullOrEmpty
        $run.Progress | Should -BeNullOrEmpty
        Get-ListRequestCount | Should -Be 4 -Because 'both reads ran: one page, then three'
    }
}

Describe 'Pipelines that change the list they read' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
    }

    It 'Get | Remove removes all 2,100 groups, though each page read leaves the list shorter' {
        Add-TestGroup -Count 2100 -Prefix 'Doomed'

        Get-CommunityGroup | Remove-CommunityGroup -Force

        Get-ServerGroupCount | Should -Be 0
    }

    It 'a Get filtered on access piped into a Set that changes the access updates all 1,500 groups, each once' {
        Add-TestGroup -Count 1500 -Prefix 'Open'

        $changed = @(Get-CommunityGroup -GroupAccess Public | Set-CommunityGroup -GroupAccess Private -PassThru)

        Get-ServerGroupCount -Query 'CommunityGroup_GroupAccess=2' | Should -Be 0 -Because 'none is left Public'
        Get-ServerGroupCount -Query 'CommunityGroup_GroupAccess=3' | Should -Be 1500
        $changed.Count | Should -Be 1500
        @($changed.Id | Sort-Object -Unique).Count | Should -Be 1500
    }
}
