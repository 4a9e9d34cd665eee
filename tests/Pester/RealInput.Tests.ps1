<#
    Real input, as users give it: CSV files through Import-Csv, records piped between cmdlets, runbooks that cannot
    answer a prompt. Nothing wrong may be written: each pipeline row is bound and checked on its own, only records
    reach record parameters, an update keeps every field the server has (known to the module or not), and commands
    are confirmed like removals.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
    $csvFolder = Join-Path ([IO.Path]::GetTempPath()) "nexudus-csv-$PID"
    New-Item -ItemType Directory -Path $csvFolder -Force | Out-Null

    function Write-Csv([string] $Name, [string] $Text) {
        $path = Join-Path $csvFolder $Name
        Set-Content -LiteralPath $path -Value $Text.Trim()
        $path
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
    if ($csvFolder) { Remove-Item -LiteralPath $csvFolder -Recurse -Force -ErrorAction SilentlyContinue }
}

Describe 'Import-Csv rows' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    It 'creates the good rows of a CSV and refuses each bad row on its own, naming the column, whichever row it is' {
        $csv = Write-Csv 'groups.csv' @"
Name,GroupAccess,MemberId,UserId
Row 1,Public,$($demo.Coworker1),$($demo.User1)
Row 2,Everyone,,$($demo.User1)
Row 3,Private,,$($demo.User1)
Row 4,Public,$($demo.Coworker1);$($demo.Coworker2),$($demo.User1)
Row 5,,$($demo.Coworker3),$($demo.User1)
"@
        $created = @(Import-Csv -LiteralPath $csv | New-CommunityGroup -ErrorVariable problems -ErrorAction SilentlyContinue)

        $created.Name | Should -Be @('Row 1', 'Row 3', 'Row 5')
        $created.GroupAccess | Should -Be @('Public', 'Private', 'Public') -Because 'an empty cell is "not given": the server default'
        $created[2].Members | Should -Be @($demo.Coworker3)
        $problems.Count | Should -Be 2
        "$($problems[0])" | Should -BeLike "*'GroupAccess'*'Everyone'*"
        "$($problems[1])" | Should -BeLike "*'MemberId'*'$($demo.Coworker1);$($demo.Coworker2)'*"
        (Get-CommunityGroup).Name | Sort-Object | Should -Be @('Row 1', 'Row 3', 'Row 5')
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method POST).Count | Should -Be 3 -Because 'nothing of a refused row is sent'
    }

    It 'creates exactly what a rooms CSV says, with true/false, yes/no, 1/0 and empty cells' {
        $csv = Write-Csv 'rooms.csv' @'
Name,NumberOfParticipants,Active,OnlyForMembers
Lit,4,true,FALSE
Dark,4,false,yes
Yes,4,YES,0
Unsaid,4,,
One,4,1,no
'@
        $rooms = @(Import-Csv -LiteralPath $csv | New-VideoRoom)

        $rooms.Name | Should -Be @('Lit', 'Dark', 'Yes', 'Unsaid', 'One')
        $rooms.Active | Should -Be @($true, $false, $true, $false, $true)
        $rooms.OnlyForMembers | Should -Be @($false, $true, $false, $false, $false)
        $posted = @(Get-TestSandboxRequest -Sandbox $sandbox -Method POST)
        $posted.Count | Should -Be 5
    }

    It 'refuses a true/false cell it cannot read, naming the column and the value' {
        $csv = Write-Csv 'bad-rooms.csv' @'
Name,NumberOfParticipants,Active
Fine,4,true
Maybe,4,perhaps
'@
        $rooms = @(Import-Csv -LiteralPath $csv | New-VideoRoom -ErrorVariable problems -ErrorAction SilentlyContinue)

        $rooms.Name | Should -Be @('Fine')
        "$($problems[0])" | Should -BeLike "*'Active'*'perhaps'*true or false*"
    }

    It 'applies every column of Import-Csv | Set-VideoRoom, and an empty cell changes nothing' {
        $a = New-VideoRoom -Name 'A' -NumberOfParticipants 4 -Active $true -Description 'keep'
        $b = New-VideoRoom -Name 'B' -NumberOfParticipants 4 -Active $true -Description 'keep'
        $csv = Write-Csv 'set-rooms.csv' @"
Id,Active,NumberOfParticipants,Description
$($a.Id),no,6,
$($b.Id),,8,changed
"@
        Import-Csv -LiteralPath $csv | Set-VideoRoom

        $after = Get-VideoRoom -Id $a.Id, $b.Id
        $after.Active | Should -Be @($false, $true)
        $after.NumberOfParticipants | Should -Be @(6, 8)
        $after.Description | Should -Be @('keep', 'changed')
    }

    It 'accepts true/false words on the command line too' {
        $room = New-VideoRoom -Name 'Words' -NumberOfParticipants 2 -Active yes -OnlyForContacts 1

        $room.Active | Should -BeTrue
        $room.OnlyForContacts | Should -BeTrue
        (Set-VideoRoom -Id $room.Id -Active no -PassThru).Active | Should -BeFalse
    }

    It 'reads the same true/false words in the Get filters' {
        New-VideoRoom -Name 'On' -NumberOfParticipants 2 -Active $true | Out-Null
        New-VideoRoom -Name 'Off' -NumberOfParticipants 2 -Active $false | Out-Null
        New-CommunityThread -Subject 'Open' -Message 'x' -UserId $demo.User1 | Out-Null
        New-CommunityThread -Subject 'Closed' -Message 'x' -UserId $demo.User1 -Private $true | Out-Null

        (Get-VideoRoom -Active yes).Name | Should -Be @('On')
        (Get-VideoRoom -Active 0).Name | Should -Be @('Off')
        (Get-CommunityThread -Private true).Subject | Should -Be @('Closed')
        @(Get-NexudusCoworker -Active YES).Count | Should -Be @(Get-NexudusCoworker -Active $true).Count
        Get-NexudusCoworker -Active no | Should -BeNullOrEmpty
    }
}

Describe 'Only records reach record parameters' {
    BeforeAll {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        $null = 'Book Club', 'Book Swap' | ForEach-Object { New-CommunityGroup -Name $_ -UserId $demo.User1 }
        $room = New-VideoRoom -Name 'Not a group' -NumberOfParticipants 2
    }

    It 'refuses <Case> piped into <Cmdlet>, sending nothing' -ForEach @(
        @{ Case = 'the -IncludeTotalCount object'; Cmdlet = 'Remove-CommunityGroup'; Expected = '*total count*'; Run = { Get-CommunityGroup -Name 'Book*' -IncludeTotalCount | Remove-CommunityGroup -Force -ErrorAction Stop } }
        @{ Case = 'another entity''s record'; Cmdlet = 'Remove-CommunityGroup'; Expected = '*VideoRoom*is not a CommunityGroup*'; Run = { $room | Remove-CommunityGroup -Force -ErrorAction Stop } }
        @{ Case = 'text that is not an Id'; Cmdlet = 'Set-CommunityGroup'; Expected = "*'Book Club' is not an Id*"; Run = { 'Book Club' | Set-CommunityGroup -Description 'x' -ErrorAction Stop } }
        @{ Case = 'an object without an Id'; Cmdlet = 'Invoke-CommunityGroupCommand'; Expected = '*has no Id*'; Run = { [pscustomobject]@{ Name = 'Book Club' } | Invoke-CommunityGroupCommand -Key SET_PRIVATE -Force -ErrorAction Stop } }
    ) {
        Clear-TestSandboxRequest -Sandbox $sandbox

        $refused = $Run | Should -Throw -PassThru

        $refused.Exception.Message | Should -BeLike $Expected
        $refused.Exception.Message | Should -BeLike 'InputObject:*'
        $refused.CategoryInfo.Category | Should -Be 'InvalidArgument'
        @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
        @(Get-CommunityGroup).Count | Should -Be 2
    }

    It 'goes on with the records after a refused item' {
        $targets = @(& { Get-CommunityGroup -Name 'Book*' -IncludeTotalCount | Remove-CommunityGroup -WhatIf } 6>&1 2>&1)

        @($targets | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).Count | Should -Be 1
        @(Get-CommunityGroup).Count | Should -Be 2
    }
}

Describe 'An update keeps every field the server has' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
    }

    It 'keeps TeamGuid, CourseGuid and a field the module has never heard of through Set-CommunityGroup -Description' {
        $team = [guid]::NewGuid().ToString()
        $course = [guid]::NewGuid().ToString()
        Add-TestSandboxData -Sandbox $sandbox -Fixture @{ CommunityGroups = @(@{
                    Id = 4242; Name = 'Team Falcon'; BusinessId = $demo.Business1; UserId = $demo.User1; GroupAccess = 3; Members = @($demo.Coworker1, $demo.Coworker2)
                    TeamGuid = $team; CourseGuid = $course; LegacyCode = 'FAL-7'; Flags = @{ Archived = $false }
                }) }

        Set-CommunityGroup -Id 4242 -Description 'Falcon team chat'

        $stored = (Invoke-TestSandboxHttp -Sandbox $sandbox -Path api/community/communitygroups/4242 -Credential $sandbox.AdminCredential).Body | ConvertFrom-Json
        $stored.Description | Should -BeExactly 'Falcon team chat'
        $stored.TeamGuid | Should -Be $team
        $stored.CourseGuid | Should -Be $course
        $stored.LegacyCode | Should -BeExactly 'FAL-7'
        $stored.Flags.Archived | Should -BeFalse
        $stored.GroupAccess | Should -Be 3
        $stored.Members | Should -Be @($demo.Coworker1, $demo.Coworker2)
        (Get-CommunityGroup -Id 4242).TeamGuid | Should -Be $team
    }

    It 'the sandbox clears what a PUT leaves out, unknown fields included, so a client that drops fields is caught' {
        Add-TestSandboxData -Sandbox $sandbox -Fixture @{ CommunityGroups = @(@{
                    Id = 4343; Name = 'Bare'; BusinessId = $demo.Business1; UserId = $demo.User1; Description = 'gone soon'; LegacyCode = 'B-1'; TeamGuid = [guid]::NewGuid().ToString()
                }) }

        $null = Invoke-TestSandboxHttp -Sandbox $sandbox -Method PUT -Path api/community/communitygroups -Credential $sandbox.AdminCredential -Json @{ Id = 4343; Name = 'Bare'; BusinessId = $demo.Business1; UserId = $demo.User1 }

        $stored = (Invoke-TestSandboxHttp -Sandbox $sandbox -Path api/community/communitygroups/4343 -Credential $sandbox.AdminCredential).Body | ConvertFrom-Json
        $stored.Description | Should -BeNullOrEmpty
        $stored.TeamGuid | Should -BeNullOrEmpty
        $stored.PSObject.Properties.Name | Should -Not -Contain 'LegacyCode'
    }

    It 'keeps a room''s image and unknown fields when one field changes' {
        $room = New-VideoRoom -Name 'Pictured' -NumberOfParticipants 3 -NewImageUrl 'https://example.com/room.png'
        Add-TestSandboxData -Sandbox $sandbox -Fixture @{ VideoRooms = @(@{ Id = 777; Name = 'Extra'; BusinessId = $demo.Business1; NumberOfParticipants = 2; RoomColour = 'teal' }) }

        Set-VideoRoom -Id 777 -Description 'now described'
        $room | Set-VideoRoom -NumberOfParticipants 5

        ((Invoke-TestSandboxHttp -Sandbox $sandbox -Path api/community/videorooms/777 -Credential $sandbox.AdminCredential).Body | ConvertFrom-Json).RoomColour | Should -BeExactly 'teal'
        (Get-VideoRoom -Id $room.Id).ImageFileName | Should -Not -BeNullOrEmpty
    }
}

Describe 'Confirmation that matches the danger' {
    BeforeAll {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        $club = New-CommunityGroup -Name 'Book Club' -UserId $demo.User1 -MemberId $demo.Coworker1
        $empty = New-CommunityGroup -Name 'Empty' -UserId $demo.User1
    }

    It 'names records by name and Id in <Cmdlet> -WhatIf' -ForEach @(
        @{ Cmdlet = 'Remove-CommunityGroup'; Expected = "*""Remove"" on target ""CommunityGroup 'Book Club' (Id *)""*"; Run = { Remove-CommunityGroup -Id $club.Id -WhatIf } }
        @{ Cmdlet = 'Set-CommunityGroup'; Expected = "*""Update Description"" on target ""CommunityGroup 'Book Club' (Id *)""*"; Run = { Set-CommunityGroup -Id $club.Id -Description 'x' -WhatIf } }
        @{ Cmdlet = 'Invoke-CommunityGroupCommand'; Expected = "*Run command SET_PRIVATE (Make groups private)*CommunityGroup 'Book Club' (Id *), 'Empty' (Id *)*"; Run = { Invoke-CommunityGroupCommand -Key SET_PRIVATE -Id $club.Id, $empty.Id -WhatIf } }
    ) {
        $shown = (Get-TestHostText -ScriptBlock $Run) -replace '\s+', ' '

        $shown | Should -BeLike $Expected
    }

    It 'in pwsh -NonInteractive, Invoke-CommunityGroupCommand without -Confirm:$false or -Force changes nothing' {
        $manifest = Join-Path (Get-Module NexudusCommunity).ModuleBase 'NexudusCommunity.psd1'
        $script = @"
`$ErrorActionPreference = 'Continue'
Import-Module '$manifest'
`$cred = [pscredential]::new('admin@example.com', (ConvertTo-SecureString 'Sandbox-Pa55!' -AsPlainText -Force))
Connect-Nexudus -BaseUri '$($sandbox.BaseUri)' -Credential `$cred -BusinessId $($demo.Business1) -NoRateLimit
try { Invoke-CommunityGroupCommand -Key PURGE_EMPTY_GROUPS } catch { "refused: `$(`$_.FullyQualifiedErrorId) `$(`$_.Exception.Message)" }
"after: `$((Get-CommunityGroup).Count) groups"
"@
        Clear-TestSandboxRequest -Sandbox $sandbox

        $output = Invoke-TestPwsh -Command $script -NonInteractive

        # Not the host's bare "Read and Prompt functionality is not available": what was not done, and how to run it unattended.
        $output | Should -BeLike "*refused: ConfirmationNotPossible,*Invoke-CommunityGroupCommand asks before*cannot ask*nothing was sent*-Force or -Confirm:`$false*"
        $output | Should -BeLike '*after: 2 groups*'
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method POST -Path '*/runcommand').Count | Should -Be 0
        @(Get-CommunityGroup).Count | Should -Be 2
    }

    It 'runs a command without asking when told -Force' {
        $result = Invoke-CommunityGroupCommand -Key SET_PRIVATE -Id $empty.Id -Force

        $result.WasSuccessful | Should -BeTrue
        (Get-CommunityGroup -Id $empty.Id).GroupAccess | Should -Be 'Private'
    }
}

Describe 'Commands the server does not list' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    It 'refuses an unlisted key, saying how to run it on purpose, and sends nothing' {
        $group = New-CommunityGroup -Name 'Open' -UserId $demo.User1

        $refused = { $group | Invoke-CommunityGroupCommand -Key SET_RESTRICTED -Force -ErrorAction Stop } | Should -Throw -PassThru

        $refused.Exception.Message | Should -BeLike '*SET_RESTRICTED*-AllowUnlistedKey*'
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method POST -Path '*/runcommand').Count | Should -Be 0
    }

    It 'runs an unlisted key with -AllowUnlistedKey, with a warning, still confirmed' {
        $group = New-CommunityGroup -Name 'Open' -UserId $demo.User1

        $group | Invoke-CommunityGroupCommand -Key SET_RESTRICTED -AllowUnlistedKey -WhatIf -WarningVariable warned 3>$null
        (Get-CommunityGroup -Id $group.Id).GroupAccess | Should -Be 'Public' -Because '-WhatIf still holds'
        $result = $group | Invoke-CommunityGroupCommand -Key SET_RESTRICTED -AllowUnlistedKey -Force 3>$null

        "$warned" | Should -BeLike '*not in the server*'
        $result.WasSuccessful | Should -BeTrue
        (Get-CommunityGroup -Id $group.Id).GroupAccess | Should -Be 'Restricted'
    }

    It 'runs a video-room command that takes a parameter' {
        $room = New-VideoRoom -Name 'Sized' -NumberOfParticipants 4

        $room | Invoke-VideoRoomCommand -Key SET_CAPACITY -Parameter 9 -Force | Out-Null

        (Get-VideoRoom -Id $room.Id).NumberOfParticipants | Should -Be 9
    }
}
