<#
    Get-, New-, Set- and Remove-CommunityThread against the local API sandbox: threads posted to a group found by
    name, Id or the group piped in (and from CSV rows), the group's business and owner as defaults, lists by group.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Community threads' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        $club = New-CommunityGroup -Name 'Book Club' -UserId $demo.User3 -BusinessId $demo.Business2 -SystemId 'group-only'
        $runners = New-CommunityGroup -Name 'Runners' -UserId $demo.User1
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    It 'posts to a group piped in, as its owner in its business, taking nothing else from the group' {
        $thread = Get-CommunityGroup -Name 'Book Club' | New-CommunityThread -Subject 'June meetup' -Message 'Thursday 18:00.'

        $thread | Should -BeOfType ([NexudusCommunity.Models.CommunityThread])
        $thread.CommunityGroupId | Should -Be $club.Id
        $thread.BusinessId | Should -Be $demo.Business2
        $thread.UserId | Should -Be $demo.User3
        $thread.SystemId | Should -BeNullOrEmpty
        $thread.Message | Should -BeExactly 'Thursday 18:00.'
        $thread.LastMessageDate | Should -BeNullOrEmpty
    }

    It 'finds the group by <How>' -ForEach @(
        @{ How = 'name, in any case'; Group = 'book club' }
        @{ How = 'Id'; Group = 'ID' }
    ) {
        $value = if ($Group -eq 'ID') { $club.Id } else { $Group }

        (New-CommunityThread -CommunityGroup $value -Subject 'Found' -Message 'x').CommunityGroupId | Should -Be $club.Id
    }

    It 'posts one thread per CSV row, the group named by Id or name, a blank cell meaning the open board' {
        $rows = @(
            [pscustomobject]@{ CommunityGroupId = 'Runners'; Subject = 'Route'; Message = 'Park loop'; Tags = 'running'; Private = 'yes' }
            [pscustomobject]@{ CommunityGroupId = "$($club.Id)"; Subject = 'Next book'; Message = 'Ideas?'; Tags = ''; Private = '' }
            [pscustomobject]@{ CommunityGroupId = ''; Subject = 'Closed Friday'; Message = 'Holiday'; Tags = ''; Private = '' }
        )

        $threads = @($rows | New-CommunityThread -UserId $demo.User2)

        @($threads | ForEach-Object { "$($_.CommunityGroupId)" }) | Should -Be @("$($runners.Id)", "$($club.Id)", '')
        $threads.Private | Should -Be @($true, $false, $false)
        $threads[0].Tags | Should -BeExactly 'running'
        $threads[2].BusinessId | Should -Be $demo.Business1 -Because 'without a group the connection''s business is used'
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method GET -Path '/api/community/communitygroups').Count | Should -Be 1 -Because 'one name lookup'
    }

    It 'lists the threads of a group given by name, or of groups piped in' {
        'One', 'Two' | ForEach-Object { New-CommunityThread -CommunityGroup $club -Subject $_ -Message 'm' } | Out-Null
        New-CommunityThread -CommunityGroup $runners -Subject 'Three' -Message 'm' | Out-Null

        (Get-CommunityThread -CommunityGroup 'Book Club').Subject | Should -Be @('One', 'Two')
        (Get-CommunityGroup | Get-CommunityThread).Subject | Should -Be @('One', 'Two', 'Three')
        (Get-CommunityThread -Subject 'T*' -SortBy Subject -Descending).Subject | Should -Be @('Two', 'Three')
        @(Get-CommunityThread -Id (Get-CommunityThread).Id).Count | Should -Be 3
    }

    It 'Set changes the named fields and keeps the rest, guests included; moves a thread to another group' {
        $thread = New-CommunityThread -CommunityGroup $club -Subject 'Old' -Message 'Body' -Tags 'a,b' -GuestId $demo.User4

        $thread | Set-CommunityThread -Subject 'New' -AddGuest $demo.User5
        Set-CommunityThread -Id $thread.Id -CommunityGroup 'Runners'

        $stored = Get-CommunityThread -Id $thread.Id
        $stored.Subject | Should -BeExactly 'New'
        $stored.Message | Should -BeExactly 'Body'
        $stored.Tags | Should -BeExactly 'a,b'
        $stored.Guests | Sort-Object | Should -Be @($demo.User4, $demo.User5)
        $stored.CommunityGroupId | Should -Be $runners.Id
    }

    It 'Remove deletes only the threads piped in' {
        'Keep', 'Drop' | ForEach-Object { New-CommunityThread -CommunityGroup $club -Subject $_ -Message 'm' } | Out-Null

        Get-CommunityThread -Subject 'Drop' | Remove-CommunityThread -Force

        (Get-CommunityThread).Subject | Should -Be @('Keep')
    }

    It 'posts a thread without group or poster as the signed-in user (the account with the sign-in email)' {
        $thread = New-CommunityThread -Subject 'Lost keys' -Message 'Blue lanyard, at reception.'

        $thread.UserId | Should -Be (Get-NexudusUser -Email 'admin@example.com').Id
        $thread.UserId | Should -Be $demo.User1
    }

    It 'refuses <Case>, naming <Parameter>, and posts nothing' -ForEach @(
        @{ Case = 'a group that does not exist'; Parameter = 'CommunityGroup'; Run = { New-CommunityThread -CommunityGroup 'Chess Club' -Subject 's' -Message 'm' -ErrorAction Stop } }
        @{ Case = 'a blank subject'; Parameter = 'Subject'; Run = { New-CommunityThread -CommunityGroup 'Runners' -Subject ' ' -Message 'm' -ErrorAction Stop } }
        @{ Case = 'a video room as the group'; Parameter = 'CommunityGroup'; Run = { New-CommunityThread -CommunityGroup (New-VideoRoom -Name 'Room' -NumberOfParticipants 2) -Subject 's' -Message 'm' -ErrorAction Stop } }
    ) {
        $refused = $Run | Should -Throw -PassThru

        "$refused" | Should -BeLike "*$Parameter*"
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method POST -Path '/api/community/communitythreads').Where({ $_.Status -eq 200 }).Count | Should -Be 0
        Get-CommunityThread | Should -BeNullOrEmpty
    }
}
