<#
    Get-NexudusCoworker against the local API sandbox (coworkers 5001..5020: the first ten of business 1001, the rest
    of 1002): filters, paging, and many Ids in one batch request.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
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
        @{ Filter = 'an exact email in any case'; Run = { Get-NexudusCoworker -Email 'GRACE.hopper@example.com' }; Ids = @(5003) }
        @{ Filter = 'a name pattern'; Run = { Get-NexudusCoworker -Name 'K*' }; Ids = @(5004, 5011, 5016) }
        @{ Filter = 'business'; Run = { Get-NexudusCoworker -BusinessId 1002 -First 3 }; Ids = @(5011, 5012, 5013) }
        @{ Filter = 'sort order'; Run = { Get-NexudusCoworker -SortBy FullName -Descending -First 2 }; Ids = @(5009, 5020) }
    ) {
        @(& $Run).Id | Should -Be $Ids
    }

    It 'gets many Ids in one batch request, in the order asked, and reports each unknown one' {
        $found = Get-NexudusCoworker -Id 5003, 5001, 9999 -ErrorVariable problems -ErrorAction SilentlyContinue

        $found.FullName | Should -Be @('Grace Hopper', 'Ada Lovelace')
        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $problems[0].TargetObject | Should -Be 9999
        $requests = @(Get-TestSandboxRequest -Sandbox $sandbox -Method GET)
        $requests.Count | Should -Be 1
        $requests[0].Query | Should -BeLike 'id=%5B5003%2C5001%2C9999%5D*'
    }

    It 'names the members of a group through the pipeline' {
        $id = (New-CommunityGroup -Name 'Readers' -UserId 5001 -MemberId 5002, 5005).Id

        ((Get-CommunityGroup -Id $id).Members | Get-NexudusCoworker).FullName | Sort-Object | Should -Be @('Alan Turing', 'Edsger Dijkstra')
    }

    It 'refuses a name of only wildcards before asking the server' {
        { Get-NexudusCoworker -Name '*' } | Should -Throw -ExpectedMessage '*Name*'
        @(Get-TestSandboxRequest -Sandbox $sandbox).Count | Should -Be 0
    }
}
