<#
    The list parameters as the vendor's pages spell them, old and new: the module sends the newest spelling
    (orderBy, from_/to_, dir by name), and the sandbox binds every variant, so a user's script written from any
    page works offline.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)

    function Get-SandboxGroupName {
        param([string] $Query)
        $answer = Invoke-TestSandboxHttp -Sandbox $sandbox -Path "api/community/communitygroups?$Query" -Credential $sandbox.AdminCredential
        if ($answer.StatusCode -ne 200) { throw "GET ?$Query answered $($answer.StatusCode): $($answer.Body)" }
        @(($answer.Body | ConvertFrom-Json).Records | ForEach-Object Name)
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'List parameters' {
    BeforeAll {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        'Bravo', 'Alpha', 'Charlie' | ForEach-Object { New-CommunityGroup -UserId $demo.User1 -Name $_ | Out-Null }
        $thread = New-CommunityThread -CommunityGroup 'Alpha' -Subject 'Ranges' -Message 'Listed by date.'
        New-CommunityMessage -CommunityThread $thread -Message 'So is this.' | Out-Null
        New-VideoRoom -Name 'Ranges' -NumberOfParticipants 4 | Out-Null
    }

    It 'the module sends orderBy, lower-case from_/to_ with UTC times and the direction by name' {
        Clear-TestSandboxRequest -Sandbox $sandbox
        $after = [datetime]::new(2026, 1, 2, 3, 4, 5, [DateTimeKind]::Utc)
        $before = [datetime]::new(2026, 2, 1, 0, 0, 0, [DateTimeKind]::Utc)

        Get-CommunityGroup -SortBy Name -Descending -CreatedAfter $after.ToLocalTime() -CreatedBefore $before | Out-Null

        (Get-TestSandboxRequest -Sandbox $sandbox -Method GET -Path '/api/community/communitygroups')[0].Query |
            Should -BeExactly 'from_CommunityGroup_CreatedOn=2026-01-02T03%3A04%3A05&to_CommunityGroup_CreatedOn=2026-02-01T00%3A00%3A00&page=1&size=1000&orderBy=Name&dir=Descending'
    }

    It '<Command> lists by -CreatedAfter/-UpdatedBefore, as every record has CreatedOn and UpdatedOn' -ForEach @(
        @{ Command = 'Get-CommunityGroup'; Prefix = 'CommunityGroup' }
        @{ Command = 'Get-VideoRoom'; Prefix = 'VideoRoom' }
        @{ Command = 'Get-NexudusBusiness'; Prefix = 'Business' }
        @{ Command = 'Get-NexudusCoworker'; Prefix = 'Coworker' }
        @{ Command = 'Get-CommunityThread'; Prefix = 'CommunityThread' }
        @{ Command = 'Get-CommunityMessage'; Prefix = 'CommunityMessage' }
    ) {
        Clear-TestSandboxRequest -Sandbox $sandbox
        $future = [datetime]::new(2099, 1, 1, 0, 0, 0, [DateTimeKind]::Utc)

        @(& $Command -CreatedAfter $future) | Should -BeNullOrEmpty
        $all = @(& $Command)
        $all.Count | Should -BeGreaterThan 0
        @(& $Command -UpdatedBefore $future -UpdatedAfter $future.AddYears(-200)).Count | Should -Be $all.Count

        @(Get-TestSandboxRequest -Sandbox $sandbox -Method GET)[0].Query | Should -BeLike "from_$($Prefix)_CreatedOn=2099-01-01T00%3A00%3A00&*"
    }

    It 'the sandbox sorts by <Parameter>=Name in direction <Direction>' -ForEach @(
        @{ Parameter = 'orderBy'; Direction = 'Ascending'; Expected = 'Alpha', 'Bravo', 'Charlie' }
        @{ Parameter = 'orderby'; Direction = 'Descending'; Expected = 'Charlie', 'Bravo', 'Alpha' }
        @{ Parameter = 'orderBy'; Direction = '1'; Expected = 'Alpha', 'Bravo', 'Charlie' }
        @{ Parameter = 'orderBy'; Direction = '-1'; Expected = 'Charlie', 'Bravo', 'Alpha' }
        @{ Parameter = 'orderBy'; Direction = '0'; Expected = 'Alpha', 'Bravo', 'Charlie' }
        @{ Parameter = 'orderBy'; Direction = '2'; Expected = 'Charlie', 'Bravo', 'Alpha' }
    ) {
        Get-SandboxGroupName "$Parameter=Name&dir=$Direction" | Should -Be $Expected
    }

    It 'the sandbox''s sorted pages follow every change: an update, a command that renames, a delete' {
        # A sorted list is worked out once and kept until a write: each kind of write must show at once.
        Get-SandboxGroupName 'orderBy=Name' | Should -Be 'Alpha', 'Bravo', 'Charlie'
        Get-CommunityGroup -Name 'Alpha' | Set-CommunityGroup -Name 'Delta'
        Get-SandboxGroupName 'orderBy=Name' | Should -Be 'Bravo', 'Charlie', 'Delta'
        Get-CommunityGroup -Name 'Delta' | Invoke-CommunityGroupCommand -Key RENAME_GROUP -Parameter 'Aaron' -Force | Out-Null
        Get-SandboxGroupName 'orderBy=Name&dir=Descending' | Should -Be 'Charlie', 'Bravo', 'Aaron'
        $extra = New-CommunityGroup -Name 'Abel' -UserId $demo.User1
        Get-SandboxGroupName 'orderBy=Name&size=2' | Should -Be 'Aaron', 'Abel'
        $extra | Remove-CommunityGroup -Force
        Get-CommunityGroup -Name 'Aaron' | Set-CommunityGroup -Name 'Alpha'
        Get-SandboxGroupName 'orderBy=Name' | Should -Be 'Alpha', 'Bravo', 'Charlie'
    }

    It 'the sandbox reads the range prefix <Prefix>' -ForEach @(
        @{ Prefix = 'From_' }
        @{ Prefix = 'from_' }
    ) {
        Get-SandboxGroupName "$($Prefix)CommunityGroup_CreatedOn=2099-01-01T00:00" | Should -BeNullOrEmpty
        @(Get-SandboxGroupName "$($Prefix)CommunityGroup_CreatedOn=2000-01-01T00:00").Count | Should -Be 3
    }
}
