<#
    Get-NexudusCoworker against the local API sandbox (20 coworkers, $demo.Coworker1..20: the first ten of the first
    business, the rest of the second): filters, paging, and many Ids in one batch request.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
    Reset-TestSandbox -Sandbox $sandbox
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Get-NexudusCoworker' {
    BeforeEach {
        Connect-TestSandbox -Sandbox $sandbox
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    It 'lists coworkers as typed objects, in one request' {
        $all = @(Get-NexudusCoworker)

        $all.Count | Should -Be 20
        $all[0] | Should -BeOfType ([NexudusCommunity.Models.Coworker])
        $all[0].Email | Should -BeExactly 'ada.lovelace@example.com'
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method GET).Count | Should -Be 1
    }

    It 'filters by <Filter>' -ForEach @(
        @{ Filter = 'an exact email in any case'; Run = { Get-NexudusCoworker -Email 'GRACE.hopper@example.com' }; Coworkers = @(3) }
        @{ Filter = 'a name pattern'; Run = { Get-NexudusCoworker -Name 'K*' }; Coworkers = @(4, 11, 16) }
        @{ Filter = 'business'; Run = { Get-NexudusCoworker -BusinessId $demo.Business2 -First 3 }; Coworkers = @(11, 12, 13) }
        @{ Filter = 'sort order'; Run = { Get-NexudusCoworker -SortBy FullName -Descending -First 2 }; Coworkers = @(9, 20) }
    ) {
        # Which demo coworkers (1 to 20): their ids are known only once the sandbox runs, after these cases are read.
        @(& $Run).Id | Should -Be @($Coworkers | ForEach-Object { $demo."Coworker$_" })
    }

    It 'gets many Ids in one batch request, in the order asked, and reports each unknown one' {
        $found = Get-NexudusCoworker -Id $demo.Coworker3, $demo.Coworker1, 9999 -ErrorVariable problems -ErrorAction SilentlyContinue

        $found.FullName | Should -Be @('Grace Hopper', 'Ada Lovelace')
        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $problems[0].TargetObject | Should -Be 9999
        $requests = @(Get-TestSandboxRequest -Sandbox $sandbox -Method GET)
        $requests.Count | Should -Be 1
        $requests[0].Query | Should -BeLike "id=%5B$($demo.Coworker3)%2C$($demo.Coworker1)%2C9999%5D*"
    }

    It 'names the members of a group through the pipeline' {
        $id = (New-CommunityGroup -Name 'Readers' -UserId $demo.User1 -MemberId $demo.Coworker2, $demo.Coworker5).Id

        ((Get-CommunityGroup -Id $id).Members | Get-NexudusCoworker).FullName | Sort-Object | Should -Be @('Alan Turing', 'Edsger Dijkstra')
    }

    It 'refuses a name of only wildcards before asking the server' {
        { Get-NexudusCoworker -Name '*' } | Should -Throw -ExpectedMessage '*Name*'
        @(Get-TestSandboxRequest -Sandbox $sandbox).Count | Should -Be 0
    }
}
