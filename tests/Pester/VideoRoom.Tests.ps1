<#
    New-, Get-, Set- and Remove-VideoRoom against the local API sandbox: a room comes back as stored, bad values are
    refused naming the field, a Set keeps every field it was not told to change, and the list filters and pages.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Video rooms' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    Context 'New-VideoRoom' {
        It 'returns the room as the server stored it' {
            $room = New-VideoRoom -Name 'Room A' -NumberOfParticipants 8

            $room | Should -BeOfType ([NexudusCommunity.Models.VideoRoom])
            $room.Id | Should -BeGreaterThan 0
            $room.Name | Should -BeExactly 'Room A'
            $room.NumberOfParticipants | Should -Be 8
            $room.BusinessId | Should -Be $demo.Business1
            $room.Active | Should -BeFalse
            $room.CreatedOn | Should -Not -BeNullOrEmpty
        }

        It 'sends every field given, the image address included' {
            $room = New-VideoRoom -Name 'Full room' -NumberOfParticipants 12 -Description 'Big screen' -Active $true -OnlyForMembers $true -NewImageUrl 'https://example.com/room.png' -SystemId 'vr-1' -BusinessId $demo.Business2

            $room.Description | Should -BeExactly 'Big screen'
            $room.Active | Should -BeTrue
            $room.OnlyForMembers | Should -BeTrue
            $room.OnlyForContacts | Should -BeFalse
            $room.SystemId | Should -BeExactly 'vr-1'
            $room.BusinessId | Should -Be $demo.Business2
            $room.ImageFileName | Should -Not -BeNullOrEmpty
        }

        It 'creates rooms from objects piped in by property name' {
            $rows = @(
                [pscustomobject]@{ Name = 'Piped 1'; NumberOfParticipants = '4'; Active = $true }
                [pscustomobject]@{ Name = 'Piped 2'; NumberOfParticipants = 6 }
            )

            $created = @($rows | New-VideoRoom)

            $created.Name | Should -Be @('Piped 1', 'Piped 2')
            $created.NumberOfParticipants | Should -Be @(4, 6)
            $created.Active | Should -Be @($true, $false)
        }

        It 'refuses <Case>, naming <Field>, and creates nothing' -ForEach @(
            @{ Case = 'more participants than the server allows'; Field = 'NumberOfParticipants'; Run = { New-VideoRoom -Name 'Too big' -NumberOfParticipants 500 -ErrorAction Stop } }
            @{ Case = 'no participants'; Field = 'NumberOfParticipants'; Run = { New-VideoRoom -Name 'Empty' -NumberOfParticipants 0 -ErrorAction Stop } }
            @{ Case = 'an empty name'; Field = 'Name'; Run = { New-VideoRoom -Name '' -NumberOfParticipants 4 -ErrorAction Stop } }
            @{ Case = 'a blank name'; Field = 'Name'; Run = { New-VideoRoom -Name '   ' -NumberOfParticipants 4 -ErrorAction Stop } }
            @{ Case = 'an image address that is not absolute'; Field = 'NewImageUrl'; Run = { New-VideoRoom -Name 'Bad image' -NumberOfParticipants 4 -NewImageUrl 'not a url' -ErrorAction Stop } }
            @{ Case = 'an unknown business'; Field = 'BusinessId'; Run = { New-VideoRoom -Name 'Nowhere' -NumberOfParticipants 4 -BusinessId 4242 -ErrorAction Stop } }
        ) {
            $refused = $Run | Should -Throw -PassThru

            "$refused $($refused.Exception.Message)" | Should -BeLike "*$Field*"
            Get-VideoRoom | Should -BeNullOrEmpty
        }

        It 'says a blank name is blank (not "null", which the user never typed)' {
            $refused = { New-VideoRoom -Name '   ' -NumberOfParticipants 4 -ErrorAction Stop } | Should -Throw -PassThru

            $refused.Exception.Message | Should -BeLike "*'Name'*blank*required*"
            $refused.Exception.Message | Should -Not -BeLike '*null*'
        }

        It 'reports a value the server refuses as InvalidData' {
            New-VideoRoom -Name 'Too big' -NumberOfParticipants 500 -ErrorVariable problems -ErrorAction SilentlyContinue

            $problems.Count | Should -Be 1
            $problems[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $problems[0].ToString() | Should -BeLike '*NumberOfParticipants*'
        }

        It 'checks its own limits before sending anything' {
            New-VideoRoom -Name 'Empty' -NumberOfParticipants 0 -ErrorAction SilentlyContinue

            @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
        }

        It 'creates nothing under -WhatIf' {
            New-VideoRoom -Name 'Never' -NumberOfParticipants 2 -WhatIf

            @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
            Get-VideoRoom | Should -BeNullOrEmpty
        }

        It 'is refused with PermissionDenied naming VideoRoom-Create for a reader' {
            Connect-TestSandbox -Sandbox $sandbox -Credential $sandbox.ReaderCredential

            $problems = @(& { New-VideoRoom -Name 'Not allowed' -NumberOfParticipants 2 } 2>&1 |
                    Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })

            $problems.Count | Should -Be 1
            $problems[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
            $problems[0].ToString() | Should -BeLike '*VideoRoom-Create*'
            Get-VideoRoom | Should -BeNullOrEmpty
        }
    }

    Context 'Set-VideoRoom' {
        BeforeEach {
            $before = New-VideoRoom -Name 'Keep me' -NumberOfParticipants 6 -Description 'Quiet' -Active $true -OnlyForContacts $true -NewImageUrl 'https://example.com/a.png' -SystemId 'vr-7'
        }

        It 'Get | Set -Active $false changes only Active and keeps every other field' {
            Get-VideoRoom | Set-VideoRoom -Active $false

            $after = Get-VideoRoom -Id $before.Id
            $after.Active | Should -BeFalse
            $after.Name | Should -BeExactly $before.Name
            $after.Description | Should -BeExactly $before.Description
            $after.NumberOfParticipants | Should -Be $before.NumberOfParticipants
            $after.OnlyForContacts | Should -Be $before.OnlyForContacts
            $after.OnlyForMembers | Should -Be $before.OnlyForMembers
            $after.SystemId | Should -BeExactly $before.SystemId
            $after.ImageFileName | Should -BeExactly $before.ImageFileName
            $after.BusinessId | Should -Be $before.BusinessId
        }

        It 'changes several fields by -Id and returns the saved room with -PassThru' {
            $saved = Set-VideoRoom -Id $before.Id -Name 'Renamed' -NumberOfParticipants 10 -OnlyForMembers $true -PassThru

            $saved.Name | Should -BeExactly 'Renamed'
            $saved.NumberOfParticipants | Should -Be 10
            $saved.OnlyForMembers | Should -BeTrue
            $saved.Description | Should -BeExactly 'Quiet'
            $saved.Active | Should -BeTrue
        }

        It '-ClearImageFile removes the image and keeps the rest' {
            $before | Set-VideoRoom -ClearImageFile

            $after = Get-VideoRoom -Id $before.Id
            $after.ImageFileName | Should -BeNullOrEmpty
            $after.Name | Should -BeExactly 'Keep me'
        }

        It 'refuses -ClearImageFile with -NewImageUrl and an out-of-range size, naming the parameter, before sending' {
            Clear-TestSandboxRequest -Sandbox $sandbox

            $both = { Set-VideoRoom -Id $before.Id -ClearImageFile -NewImageUrl 'https://example.com/b.png' -ErrorAction Stop } | Should -Throw -PassThru
            $none = { Set-VideoRoom -Id $before.Id -NumberOfParticipants 0 -ErrorAction Stop } | Should -Throw -PassThru

            $both.Exception.Message | Should -BeLike '*ClearImageFile*'
            $none.Exception.Message | Should -BeLike '*NumberOfParticipants*'
            @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
        }

        It 'changes nothing under -WhatIf' {
            Clear-TestSandboxRequest -Sandbox $sandbox

            Get-VideoRoom | Set-VideoRoom -Active $false -WhatIf

            @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
            (Get-VideoRoom -Id $before.Id).Active | Should -BeTrue
        }
    }

    Context 'Get-VideoRoom' {
        BeforeEach {
            New-VideoRoom -Name 'Studio 1' -NumberOfParticipants 2 -Active $true | Out-Null
            New-VideoRoom -Name 'Studio 2' -NumberOfParticipants 2 | Out-Null
            New-VideoRoom -Name 'Hall' -NumberOfParticipants 50 -Active $true | Out-Null
            Clear-TestSandboxRequest -Sandbox $sandbox
        }

        It 'filters by wildcard name' {
            (Get-VideoRoom -Name 'Studio*' -SortBy Name).Name | Should -Be @('Studio 1', 'Studio 2')
            (Get-VideoRoom -Name 'hall').Name | Should -Be @('Hall')
        }

        It 'filters by -Active' {
            (Get-VideoRoom -Active $true -SortBy Name).Name | Should -Be @('Hall', 'Studio 1')
            (Get-VideoRoom -Active $false).Name | Should -Be @('Studio 2')
        }

        It 'pages with -First and -Skip in one list request' {
            $page = @(Get-VideoRoom -SortBy Name -Skip 1 -First 1)

            $page.Name | Should -Be @('Studio 1')
            @(Get-TestSandboxRequest -Sandbox $sandbox -Method GET -Path '/api/community/videorooms').Count | Should -Be 1
        }

        It 'filters by business and creation date' {
            @(Get-VideoRoom -BusinessId $demo.Business1).Count | Should -Be 3
            Get-VideoRoom -BusinessId $demo.Business2 | Should -BeNullOrEmpty
            @(Get-VideoRoom -CreatedAfter (Get-Date).AddHours(-1)).Count | Should -Be 3
            Get-VideoRoom -CreatedBefore (Get-Date).AddDays(-1) | Should -BeNullOrEmpty
        }

        It 'writes an ObjectNotFound error for an unknown Id' {
            Get-VideoRoom -Id 987654 -ErrorVariable problems -ErrorAction SilentlyContinue

            $problems.Count | Should -Be 1
            $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $problems[0].TargetObject | Should -Be 987654
        }
    }

    Context 'Tab completion' {
        It 'completes <Line> with <Expected>' -ForEach @(
            @{ Line = 'Get-VideoRoom -SortBy Num'; Expected = @('NumberOfParticipants') }
            @{ Line = 'Get-VideoRoom -Name Stu'; Expected = @("'Studio One'") }
        ) {
            'Studio One', 'Hall' | ForEach-Object { New-VideoRoom -Name $_ -NumberOfParticipants 2 } | Out-Null

            $completions = (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches

            @($completions.CompletionText) | Should -Be $Expected
        }
    }

    Context 'Remove-VideoRoom' {
        It 'removes piped rooms when confirmed, and only those' {
            New-VideoRoom -Name 'Gone' -NumberOfParticipants 2 | Out-Null
            New-VideoRoom -Name 'Stays' -NumberOfParticipants 2 | Out-Null

            Get-VideoRoom -Name 'Gone' | Remove-VideoRoom -Confirm:$false

            (Get-VideoRoom).Name | Should -Be @('Stays')
        }

        It 'removes with -Force, and nothing under -WhatIf' {
            $room = New-VideoRoom -Name 'Target' -NumberOfParticipants 2
            Clear-TestSandboxRequest -Sandbox $sandbox

            $room | Remove-VideoRoom -Force -WhatIf
            @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0

            $room | Remove-VideoRoom -Force
            Get-VideoRoom | Should -BeNullOrEmpty
        }

        It 'is a High-impact change, so it asks for confirmation by default' {
            $attribute = (Get-Command Remove-VideoRoom).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]

            $attribute.ConfirmImpact | Should -Be 'High'
        }
    }
}
