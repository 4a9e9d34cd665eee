<#
    Invoke-NexudusRestMethod against the local API sandbox: answers as PowerShell objects, -All through every page
    (paced and retried like every cmdlet), writes confirmed and refusable, errors as for every cmdlet, and no
    request to another host.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Invoke-NexudusRestMethod' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    AfterEach {
        Set-TestSandboxFault -Clear -Sandbox $sandbox
    }

    It 'returns a record as an object with numbers, dates and text typed' {
        $coworker = Invoke-NexudusRestMethod -Path "api/spaces/coworkers/$($demo.Coworker1)"

        $coworker | Should -BeOfType ([pscustomobject])
        $coworker.Id | Should -BeOfType ([int])
        $coworker.Id | Should -Be $demo.Coworker1
        $coworker.FullName | Should -BeExactly 'Ada Lovelace'
        $coworker.Active | Should -BeTrue
        $coworker.CreatedOn | Should -BeOfType ([datetime])
        $coworker.CreatedOn.Kind | Should -Be 'Utc'
    }

    It 'writes an array answer one item at a time, a query list sent as [1,2]' {
        $found = @(Invoke-NexudusRestMethod -Path '/api/spaces/coworkers' -Query @{ id = $demo.Coworker1, $demo.Coworker3 })

        $found.FullName | Should -Be @('Ada Lovelace', 'Grace Hopper')
        (Get-TestSandboxRequest -Sandbox $sandbox -Method GET).Query | Should -Be 'id=%5B5001%2C5003%5D'
    }

    It '-All streams every record of a list through its pages, paced and retried' {
        $people = 1..2500 | ForEach-Object { @{ Id = 10000 + $_; FullName = "Person $_"; Email = "p$_@example.com"; InvoicingBusinessId = $demo.Business1; Active = $true } }
        Add-TestSandboxData @{ Coworkers = $people } -Sandbox $sandbox
        Connect-Nexudus -BaseUri $sandbox.BaseUri -Credential $sandbox.AdminCredential -MinRequestInterval '00:00:00.150' -RetryBaseDelay '00:00:00.050'
        Set-TestSandboxFault @{ ServerErrorEveryNth = 2; OnlyMethods = @('GET') } -Sandbox $sandbox
        Clear-TestSandboxRequest -Sandbox $sandbox

        $all = @(Invoke-NexudusRestMethod -Path api/spaces/coworkers -All)

        $all.Count | Should -Be 2500
        @($all.Id | Sort-Object -Unique).Count | Should -Be 2500
        $lists = @(Get-TestSandboxRequest -Sandbox $sandbox -Method GET -Path '/api/spaces/coworkers')
        @($lists | Where-Object Status -EQ 503).Count | Should -Be 2 -Because 'every second GET failed with 503 and was retried'
        @($lists | Where-Object Status -EQ 200).Query | ForEach-Object { $_ -replace '.*page=(\d+).*', '$1' } | Should -Be @('1', '2', '3')
        for ($i = 1; $i -lt $lists.Count; $i++) {
            ([datetime] $lists[$i].Timestamp - [datetime] $lists[$i - 1].Timestamp).TotalMilliseconds | Should -BeGreaterOrEqual 145
        }
    }

    It 'sends a body as JSON, and -WhatIf sends nothing' {
        $body = @{ Name = 'Raw'; BusinessId = $demo.Business1; UserId = $demo.User1; GroupAccess = [NexudusCommunity.Models.GroupAccess]::Private; Members = @($demo.Coworker1, $demo.Coworker2) }

        Invoke-NexudusRestMethod -Method Post -Path api/community/communitygroups -Body $body -WhatIf
        @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0

        $answer = Invoke-NexudusRestMethod -Method Post -Path api/community/communitygroups -Body $body
        $group = Get-CommunityGroup -Id $answer.Value.Id
        $group.GroupAccess | Should -Be 'Private'
        $group.Members | Should -Be @($demo.Coworker1, $demo.Coworker2)
    }

    It 'deletes only with -Force in a session that cannot ask (DELETE is High impact)' {
        $id = (New-CommunityGroup -Name 'Doomed' -UserId $demo.User1).Id

        { Invoke-NexudusRestMethod -Method Delete -Path "api/community/communitygroups/$id" -ErrorAction Stop } | Should -Throw
        Get-CommunityGroup -Id $id | Should -Not -BeNullOrEmpty

        Invoke-NexudusRestMethod -Method Delete -Path "api/community/communitygroups/$id" -Force
        Get-CommunityGroup | Should -BeNullOrEmpty
    }

    It 'reports <Case> as <Category>, like every cmdlet' -ForEach @(
        @{ Case = 'a missing record'; Category = 'ObjectNotFound'; Text = '*987654*'; Run = { Invoke-NexudusRestMethod -Path api/community/communitygroups/987654 } }
        @{ Case = 'a validation failure'; Category = 'InvalidData'; Text = '*Name*'; Run = { Invoke-NexudusRestMethod -Method Post -Path api/community/communitygroups -Body @{ BusinessId = $demo.Business1; UserId = $demo.User1 } } }
    ) {
        $problems = @(& $Run 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })

        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be $Category
        $problems[0].ToString() | Should -BeLike $Text
    }

    It 'refuses <Case>, naming <Parameter>, and sends nothing' -ForEach @(
        @{ Case = 'an address on another host'; Parameter = 'Path'; Run = { Invoke-NexudusRestMethod -Path 'https://elsewhere.example.com/api/spaces/coworkers' } }
        @{ Case = 'an address of another kind'; Parameter = 'Path'; Run = { Invoke-NexudusRestMethod -Path 'ftp://127.0.0.1/api/spaces/coworkers' } }
        @{ Case = '-All with a write'; Parameter = 'All'; Run = { Invoke-NexudusRestMethod -Method Post -Path api/spaces/coworkers -All -Body @{} } }
        @{ Case = 'text that is not JSON as a body'; Parameter = 'Body'; Run = { Invoke-NexudusRestMethod -Method Post -Path api/community/communitygroups -Body 'Name=x' } }
    ) {
        $refused = $Run | Should -Throw -PassThru

        $refused.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $refused.Exception.Message | Should -BeLike "$Parameter*"
        @(Get-TestSandboxRequest -Sandbox $sandbox).Count | Should -Be 0
    }
}
