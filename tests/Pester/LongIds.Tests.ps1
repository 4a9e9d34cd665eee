<#
    Ids are 64-bit end to end: against a sandbox whose ids all start past Int32.MaxValue (--id-start 3000000000),
    the read, write, member, command and thread paths take, send and return ids whole, from parameters, the pipeline,
    CSV text and raw answers alike. Before 64-bit ids, the 2,500 groups below read as 21 distinct ids (every later
    one as Id 0, no error); a number that does not fit even 64 bits is an error naming its field, never a 0.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox -IdStart 3000000000
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox), all past Int32.MaxValue
    $past = [long] [int]::MaxValue
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Every path with ids past Int32.MaxValue' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
    }

    It 'starts every id of the sandbox past Int32.MaxValue' {
        $demo.Business1 | Should -BeGreaterThan $past
        (Get-NexudusConnection).BusinessId | Should -Be $demo.Business1
        @(Get-NexudusBusiness).Id | Should -Be @($demo.Business1, $demo.Business2)
        @(Get-NexudusCoworker -First 1).Id | Should -Be @($demo.Coworker1)
        @(Get-NexudusUser -Email 'admin@example.com').Id | Should -Be @($demo.User1)
    }

    It 'creates, reads, lists, filters and updates a group with 64-bit ids' {
        $group = New-CommunityGroup -Name 'Wide' -MemberId $demo.Coworker1, $demo.Coworker2

        $group.Id | Should -BeGreaterThan $past
        $group.Id | Should -BeOfType ([long])
        $group.BusinessId | Should -Be $demo.Business1
        $group.UserId | Should -Be $demo.User1 -Because 'the signed-in user owns a group created without -UserId'
        (Get-CommunityGroup -Id $group.Id).Members | Sort-Object | Should -Be @($demo.Coworker1, $demo.Coworker2)
        (Get-CommunityGroup -MemberId $demo.Coworker2).Name | Should -Be @('Wide')
        (Get-CommunityGroup -UserId $demo.User1 -BusinessId $demo.Business1).Name | Should -Contain 'Wide'
        "$($group.Id)" | Get-CommunityGroup | ForEach-Object Name | Should -Be 'Wide' -Because 'an Id as text binds whole'

        $after = Set-CommunityGroup -Id $group.Id -AddMember $demo.Coworker3 -RemoveMember $demo.Coworker1 -PassThru
        $after.Members | Sort-Object | Should -Be @($demo.Coworker2, $demo.Coworker3)
        [pscustomobject]@{ Id = "$($group.Id)"; Description = 'From a CSV row' } | Set-CommunityGroup
        (Get-CommunityGroup -Id $group.Id).Description | Should -BeExactly 'From a CSV row'
    }

    It 'adds, lists and removes members by Id, email and CSV row, and runs a command with an id parameter' {
        $group = New-CommunityGroup -Name 'Members'
        $csv = @("CoworkerId", "$($demo.Coworker4)") | ConvertFrom-Csv

        Add-CommunityGroupMember -Group 'Members' -Member $demo.Coworker1, 'alan.turing@example.com' | Out-Null
        $csv | Add-CommunityGroupMember -Group $group | Out-Null
        Invoke-CommunityGroupCommand -Key ADD_MEMBER -Id $group.Id -Parameter "$($demo.Coworker5)", 'true' -Force | Out-Null
        (Get-CommunityGroupMember -Group 'Members').Id | Sort-Object | Should -Be @($demo.Coworker1, $demo.Coworker2, $demo.Coworker4, $demo.Coworker5)

        Remove-CommunityGroupMember -Group $group -Member $demo.Coworker4, 'ada.lovelace@example.com' -Force
        (Get-CommunityGroup -Id $group.Id).Members | Sort-Object | Should -Be @($demo.Coworker2, $demo.Coworker5)
    }

    It 'posts threads and messages, with guests, and removes them, with 64-bit ids' {
        $group = New-CommunityGroup -Name 'Board' -UserId $demo.User3
        $thread = $group | New-CommunityThread -Subject 'Wide ids' -Message 'Do they fit?' -CoworkerId $demo.Coworker3 -GuestId $demo.User4
        $thread.Id | Should -BeGreaterThan $past
        $thread.CommunityGroupId | Should -Be $group.Id
        $thread.UserId | Should -Be $demo.User3 -Because 'the group''s owner posts'
        $thread | Set-CommunityThread -AddGuest $demo.User5
        (Get-CommunityThread -Id $thread.Id).Guests | Sort-Object | Should -Be @($demo.User4, $demo.User5)

        $reply = New-CommunityMessage -CommunityThread $thread.Id -Message 'They do.' -UserId $demo.User2
        $reply.CommunityThreadId | Should -Be $thread.Id
        (Get-CommunityMessage -CommunityThread 'Wide ids' -UserId $demo.User2).Id | Should -Be @($reply.Id)
        Get-CommunityMessage -Id $reply.Id | Remove-CommunityMessage -Force
        Get-CommunityThread -Id $thread.Id | Remove-CommunityThread -Force
        Get-CommunityThread | Should -BeNullOrEmpty
    }

    It 'creates, reads and removes rooms, and Remove-CommunityGroup takes ids from the pipeline' {
        $room = New-VideoRoom -Name 'Wide room' -NumberOfParticipants 4 -BusinessId $demo.Business2
        (Get-VideoRoom -BusinessId $demo.Business2).Id | Should -Be @($room.Id)
        $room.Id | Remove-VideoRoom -Force
        $ids = @('One', 'Two' | ForEach-Object { (New-CommunityGroup -Name $_).Id })
        $ids | Remove-CommunityGroup -Force
        Get-CommunityGroup -Id $ids -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'returns ids past Int32 whole from Invoke-NexudusRestMethod, as Int64' {
        $coworker = Invoke-NexudusRestMethod -Path "api/spaces/coworkers/$($demo.Coworker1)"

        $coworker.Id | Should -BeOfType ([long])
        $coworker.Id | Should -Be $demo.Coworker1
        $coworker.InvoicingBusinessId | Should -Be $demo.Business1
        $body = @{ Name = 'Raw'; BusinessId = $demo.Business1; UserId = $demo.User1; Members = @($demo.Coworker1) }
        $made = Invoke-NexudusRestMethod -Method Post -Path api/community/communitygroups -Body $body
        # The new Id: Value itself, or Value.Id (the answer may hold the whole record)
        $newId = @(@($made.Value.PSObject.Properties['Id'] | ForEach-Object Value) + $made.Value) | Where-Object { $_ -is [long] } | Select-Object -First 1
        $newId | Should -BeGreaterThan $past
        (Get-CommunityGroup -Id $newId).Members | Should -Be @($demo.Coworker1)
    }
}

Describe 'Reading 2,500 groups whose ids are past Int32.MaxValue' {
    It 'reads 2,500 distinct ids, each whole (before 64-bit ids: 21 distinct, the rest read as 0)' {
        Reset-TestSandbox -Sandbox $sandbox
        $groups = foreach ($i in 1..2500) { @{ Name = ('Far {0:0000}' -f $i); BusinessId = $demo.Business1; UserId = $demo.User1; GroupAccess = 2 } }
        Add-TestSandboxData -Sandbox $sandbox -Fixture @{ CommunityGroups = @($groups) }
        Connect-TestSandbox -Sandbox $sandbox

        $read = @(Get-CommunityGroup)

        $read.Count | Should -Be 2500
        @($read.Id | Sort-Object -Unique).Count | Should -Be 2500
        @($read | Where-Object Id -le $past) | Should -BeNullOrEmpty
    }
}

Describe 'A number in an answer that does not fit 64 bits' {
    It 'fails the read naming the field, and returns no record with a 0 or a default in its place' {
        Reset-TestSandbox -Sandbox $sandbox
        Add-TestSandboxData -Sandbox $sandbox -Fixture @{ CommunityGroups = @(@{ Name = 'Huge owner'; BusinessId = $demo.Business1; UserId = [decimal] '99999999999999999999' }) }
        Connect-TestSandbox -Sandbox $sandbox

        $read = @(Get-CommunityGroup -ErrorVariable problems -ErrorAction SilentlyContinue)

        $read | Should -BeNullOrEmpty
        $problems.Count | Should -Be 1
        "$($problems[0])" | Should -BeLike '*CommunityGroup.UserId*99999999999999999999*'
    }
}
