<#
    Get-CommunityGroupCommand and Invoke-CommunityGroupCommand against the local API sandbox: the commands the
    server offers, one request for a whole pipeline of groups, one request per group for a one-group command, and
    runs that do not fit the command's metadata refused before anything is sent.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)

    function Get-RunCommandRequestCount {
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method POST -Path '*/runcommand').Count
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Get-CommunityGroupCommand' {
    BeforeAll {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        $commands = @(Get-CommunityGroupCommand)
    }

    It 'lists the server''s commands as typed objects, in the server''s order' {
        $commands | ForEach-Object { $_ | Should -BeOfType ([NexudusCommunity.Models.NexudusCommand]) }
        $commands.Key | Should -Be @('RENAME_GROUP', 'SET_PRIVATE', 'SET_PUBLIC', 'MERGE_GROUPS', 'ADD_MEMBER', 'PURGE_EMPTY_GROUPS')
    }

    It 'says how many groups <Key> takes: <EntityCount>' -ForEach @(
        @{ Key = 'RENAME_GROUP'; EntityCount = 'One' }
        @{ Key = 'SET_PRIVATE'; EntityCount = 'Any' }
        @{ Key = 'SET_PUBLIC'; EntityCount = 'Any' }
        @{ Key = 'MERGE_GROUPS'; EntityCount = 'Two' }
        @{ Key = 'ADD_MEMBER'; EntityCount = 'One' }
        @{ Key = 'PURGE_EMPTY_GROUPS'; EntityCount = 'None' }
    ) {
        ($commands | Where-Object Key -EQ $Key).RecordCount | Should -Be $EntityCount
    }

    It 'says which parameters a command needs, with their types' {
        $rename = $commands | Where-Object Key -EQ 'RENAME_GROUP'
        $addMember = $commands | Where-Object Key -EQ 'ADD_MEMBER'

        @($rename.RequiresParameters).Count | Should -Be 1
        $rename.RequiresParameters[0].Type | Should -Be 'string'
        $addMember.RequiresParameters.Name | Should -Be @('Member Id', 'Notify')
        $addMember.RequiresParameters.Type | Should -Be @('int', 'Boolean')
        @(($commands | Where-Object Key -EQ 'SET_PRIVATE').RequiresParameters).Count | Should -Be 0
    }

    It '-Key filters by key, wildcards allowed' {
        (Get-CommunityGroupCommand -Key 'SET_*').Key | Sort-Object | Should -Be @('SET_PRIVATE', 'SET_PUBLIC')
        (Get-CommunityGroupCommand 'merge_groups').Key | Should -Be @('MERGE_GROUPS')
    }

    It 'completes -Key with Tab from the server''s command list' {
        $line = 'Invoke-CommunityGroupCommand -Key SET_'

        $completions = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches

        $completions.CompletionText | Sort-Object | Should -Be @('SET_PRIVATE', 'SET_PUBLIC')
    }
}

Describe 'Invoke-CommunityGroupCommand' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
    }

    It 'runs a command for any number of groups once, with every piped Id in one request' {
        'Book Club', 'Book Swap', 'Books & Brews', 'Runners' | ForEach-Object { New-CommunityGroup -UserId $demo.User1 -Name $_ -GroupAccess Public } | Out-Null
        Clear-TestSandboxRequest -Sandbox $sandbox

        $results = @(Get-CommunityGroup -Name 'Book*' | Invoke-CommunityGroupCommand -Key SET_PRIVATE -Confirm:$false)

        Get-RunCommandRequestCount | Should -Be 1
        $results.Count | Should -Be 1
        $results[0] | Should -BeOfType ([NexudusCommunity.Models.CommandResult])
        $results[0].WasSuccessful | Should -BeTrue
        @($results[0].Ids).Count | Should -Be 3
        (Get-CommunityGroup -Name 'Book*').GroupAccess | Should -Be @('Private', 'Private', 'Private')
        (Get-CommunityGroup -Name 'Runners').GroupAccess | Should -Be 'Public'
    }

    It 'sends each Id once, however often it is piped' {
        $group = New-CommunityGroup -UserId $demo.User1 -Name 'Twice' -GroupAccess Public
        Clear-TestSandboxRequest -Sandbox $sandbox

        $result = $group, $group | Invoke-CommunityGroupCommand -Key SET_PRIVATE -Confirm:$false

        Get-RunCommandRequestCount | Should -Be 1
        $result.Ids | Should -Be @($group.Id)
    }

    It 'runs a one-group command once per piped group, with its string parameter' {
        'One', 'Two' | ForEach-Object { New-CommunityGroup -UserId $demo.User1 -Name $_ } | Out-Null
        Clear-TestSandboxRequest -Sandbox $sandbox

        $results = @(Get-CommunityGroup | Invoke-CommunityGroupCommand -Key RENAME_GROUP -Parameter 'Renamed' -Confirm:$false)

        $results.Count | Should -Be 2
        Get-RunCommandRequestCount | Should -Be 2
        (Get-CommunityGroup).Name | Should -Be @('Renamed', 'Renamed')
    }

    It 'merges exactly two groups, and converts typed parameters from text' {
        $keep = New-CommunityGroup -UserId $demo.User1 -Name 'Keep' -MemberId $demo.Coworker1
        $fold = New-CommunityGroup -UserId $demo.User1 -Name 'Fold' -MemberId $demo.Coworker2

        Invoke-CommunityGroupCommand -Key MERGE_GROUPS -Id $keep.Id, $fold.Id -Force | Out-Null
        Invoke-CommunityGroupCommand -Key ADD_MEMBER -Id $keep.Id -Parameter "$($demo.Coworker3)", 'true' -Force | Out-Null

        (Get-CommunityGroup).Name | Should -Be @('Keep')
        (Get-CommunityGroup -Id $keep.Id).Members | Sort-Object | Should -Be @($demo.Coworker1, $demo.Coworker2, $demo.Coworker3)
    }

    It 'runs a command that takes no groups once, on the server''s own choice of records' {
        New-CommunityGroup -UserId $demo.User1 -Name 'Empty' | Out-Null
        New-CommunityGroup -UserId $demo.User1 -Name 'Full' -MemberId $demo.Coworker1 | Out-Null
        Clear-TestSandboxRequest -Sandbox $sandbox

        $result = Invoke-CommunityGroupCommand -Key PURGE_EMPTY_GROUPS -Force

        Get-RunCommandRequestCount | Should -Be 1
        $result.WasSuccessful | Should -BeTrue
        (Get-CommunityGroup).Name | Should -Be @('Full')
    }

    It 'refuses a run with a missing parameter before anything is sent; the command list is read once per connection' {
        $solo = New-CommunityGroup -UserId $demo.User1 -Name 'Solo'
        Connect-TestSandbox -Sandbox $sandbox # a new connection: its command list not read yet
        Clear-TestSandboxRequest -Sandbox $sandbox

        $refused = { Invoke-CommunityGroupCommand -Key RENAME_GROUP -Id $solo.Id -ErrorAction Stop } | Should -Throw -PassThru
        $again = { Invoke-CommunityGroupCommand -Key RENAME_GROUP -Id $solo.Id -ErrorAction Stop } | Should -Throw -PassThru

        foreach ($error in $refused, $again) {
            $error.CategoryInfo.Category | Should -Be 'InvalidArgument'
            $error.Exception.Message | Should -BeLike '*RENAME_GROUP*'
            $error.Exception.Message | Should -BeLike '*string*'
        }
        $requests = @(Get-TestSandboxRequest -Sandbox $sandbox | Where-Object Path -NotLike '/api/token*')
        @($requests | Where-Object Method -NE 'GET').Count | Should -Be 0
        @($requests | Where-Object { $_.Path -like '*/commands' }).Count | Should -Be 1 -Because 'the list is read on first use and kept'
        @($requests | Where-Object { $_.Path -notlike '*/commands' }).Count | Should -Be 0 -Because 'nothing else is read for a run that is refused'
        (Get-CommunityGroup).Name | Should -Be @('Solo')
    }

    It 'refuses <Case> with what the command expects, and sends no command' -ForEach @(
        @{ Case = 'an unknown key'; Expected = '*NO_SUCH_KEY*'; Run = { Invoke-CommunityGroupCommand -Key NO_SUCH_KEY -Id $ids[0] -ErrorAction Stop } }
        @{ Case = 'one group for a two-group command'; Expected = '*exactly two*'; Run = { Invoke-CommunityGroupCommand -Key MERGE_GROUPS -Id $ids[0] -ErrorAction Stop } }
        @{ Case = 'text for an int parameter'; Expected = '*Member Id*'; Run = { Invoke-CommunityGroupCommand -Key ADD_MEMBER -Id $ids[0] -Parameter 'abc', $true -ErrorAction Stop } }
        @{ Case = 'too few parameters'; Expected = '*2 parameter*'; Run = { Invoke-CommunityGroupCommand -Key ADD_MEMBER -Id $ids[0] -Parameter $demo.Coworker1 -ErrorAction Stop } }
        @{ Case = 'groups for a command that takes none'; Expected = '*no records*'; Run = { Invoke-CommunityGroupCommand -Key PURGE_EMPTY_GROUPS -Id $ids[0] -ErrorAction Stop } }
        @{ Case = 'a one-group command with no group'; Expected = '*exactly one*'; Run = { Invoke-CommunityGroupCommand -Key RENAME_GROUP -Parameter 'Lost' -ErrorAction Stop } }
    ) {
        $ids = @('G1', 'G2' | ForEach-Object { (New-CommunityGroup -UserId $demo.User1 -Name $_).Id })
        Clear-TestSandboxRequest -Sandbox $sandbox

        $refused = $Run | Should -Throw -PassThru

        "$refused $($refused.Exception.Message)" | Should -BeLike $Expected
        Get-RunCommandRequestCount | Should -Be 0
        (Get-CommunityGroup).Name | Sort-Object | Should -Be @('G1', 'G2')
    }

    It 'runs nothing, and says so under -Verbose, when the pipeline brings no group (<Key>)' -ForEach @(
        @{ Key = 'SET_PRIVATE'; Extra = @{} }
        @{ Key = 'PURGE_EMPTY_GROUPS'; Extra = @{} }
        @{ Key = 'SET_RESTRICTED'; Extra = @{ AllowUnlistedKey = $true } }
    ) {
        New-CommunityGroup -UserId $demo.User1 -Name 'Active' -GroupAccess Public | Out-Null
        Clear-TestSandboxRequest -Sandbox $sandbox

        $said = Get-CommunityGroup -Name 'Stale*' | Invoke-CommunityGroupCommand -Key $Key @Extra -Force -ErrorAction Stop -Verbose 4>&1 3>$null

        Get-RunCommandRequestCount | Should -Be 0 -Because 'a filter that matched nothing is nothing to do, never a run on the server''s choice of records'
        "$said" | Should -BeLike "*No CommunityGroup records came down the pipeline: command $Key was not run.*"
        (Get-CommunityGroup).GroupAccess | Should -Be 'Public'
    }

    It 'runs no command under -WhatIf' {
        New-CommunityGroup -UserId $demo.User1 -Name 'Safe' -GroupAccess Public | Out-Null
        Clear-TestSandboxRequest -Sandbox $sandbox

        Get-CommunityGroup | Invoke-CommunityGroupCommand -Key SET_PRIVATE -WhatIf

        Get-RunCommandRequestCount | Should -Be 0
        (Get-CommunityGroup).GroupAccess | Should -Be 'Public'
    }

    It 'writes an ObjectNotFound error when a group does not exist' {
        $results = Invoke-CommunityGroupCommand -Key SET_PRIVATE -Id 987654 -Force -ErrorVariable problems -ErrorAction SilentlyContinue

        $results | Should -BeNullOrEmpty
        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'is refused with PermissionDenied naming CommunityGroup-Edit for a reader' {
        $group = New-CommunityGroup -UserId $demo.User1 -Name 'Guarded' -GroupAccess Public
        Connect-TestSandbox -Sandbox $sandbox -Credential $sandbox.ReaderCredential

        $problems = @(& { $group | Invoke-CommunityGroupCommand -Key SET_PRIVATE -Force } 2>&1 |
                Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })

        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        $problems[0].ToString() | Should -BeLike '*CommunityGroup-Edit*'
        (Get-CommunityGroup -Id $group.Id).GroupAccess | Should -Be 'Public'
    }
}
