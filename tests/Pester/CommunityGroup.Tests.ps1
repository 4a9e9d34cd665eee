<#
    New-, Get-, Set- and Remove-CommunityGroup against the local API sandbox, as a user meets them: what comes back,
    what the pipeline carries, what a Set keeps, how many requests paging costs (read from the sandbox's request
    log), -WhatIf, and the error category a script can branch on.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)

    # GET requests for a list of community groups (not /{id}, /commands or /runcommand).
    function Get-ListRequestCount {
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method GET -Path '/api/community/communitygroups').Count
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Community groups' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    Context 'New-CommunityGroup' {
        It 'returns the group as the server stored it, with every field given' {
            $group = New-CommunityGroup -Name 'Makers' -Description 'Tinkerers' -GroupAccess Restricted -UserId $demo.User2 -MemberId $demo.Coworker1, $demo.Coworker3 -SystemId 'ext-1'

            $group | Should -BeOfType ([NexudusCommunity.Models.CommunityGroup])
            $group.Id | Should -BeGreaterThan 0
            $group.Name | Should -BeExactly 'Makers'
            $group.Description | Should -BeExactly 'Tinkerers'
            $group.GroupAccess | Should -Be 'Restricted'
            $group.BusinessId | Should -Be $demo.Business1 -Because 'the connection''s default business is used when -BusinessId is not given'
            $group.UserId | Should -Be $demo.User2
            $group.SystemId | Should -BeExactly 'ext-1'
            $group.Members | Sort-Object | Should -Be @($demo.Coworker1, $demo.Coworker3)
            $group.CreatedOn | Should -Not -BeNullOrEmpty
            $group.UpdatedOn | Should -Not -BeNullOrEmpty
        }

        It 'creates one group per CSV-style object piped in, binding by property name' {
            $rows = @(
                [pscustomobject]@{ Name = 'From CSV 1'; Description = 'one'; GroupAccess = 'Private' }
                [pscustomobject]@{ Name = 'From CSV 2'; Description = 'two'; GroupAccess = 'Public'; Members = "$($demo.Coworker4)" }
            )

            $created = @($rows | New-CommunityGroup -UserId $demo.User1)

            $created.Name | Should -Be @('From CSV 1', 'From CSV 2')
            $created.GroupAccess | Should -Be @('Private', 'Public')
            $created[1].Members | Should -Be @($demo.Coworker4)
            @(Get-CommunityGroup -Name 'From CSV*').Count | Should -Be 2
        }

        It 'refuses <Case>, naming <Parameter>, before anything is sent' -ForEach @(
            @{ Case = 'a blank name'; Parameter = 'Name'; Run = { New-CommunityGroup -UserId $demo.User1 -Name '   ' -ErrorAction Stop } }
            @{ Case = 'a name over 200 characters'; Parameter = 'Name'; Run = { New-CommunityGroup -UserId $demo.User1 -Name ('x' * 201) -ErrorAction Stop } }
            @{ Case = 'an access number the API does not define'; Parameter = 'GroupAccess'; Run = { New-CommunityGroup -UserId $demo.User1 -Name 'Bad access' -GroupAccess 7 -ErrorAction Stop } }
            @{ Case = 'an unknown access name'; Parameter = 'GroupAccess'; Run = { New-CommunityGroup -UserId $demo.User1 -Name 'Bad access' -GroupAccess Secret -ErrorAction Stop } }
            @{ Case = 'a member id of 0'; Parameter = 'MemberId'; Run = { New-CommunityGroup -UserId $demo.User1 -Name 'Bad member' -MemberId 0 -ErrorAction Stop } }
        ) {
            $refused = $Run | Should -Throw -PassThru

            "$refused $($refused.Exception.Message)" | Should -BeLike "*$Parameter*"
            @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
            Get-CommunityGroup | Should -BeNullOrEmpty
        }

        It 'creates nothing under -WhatIf' {
            New-CommunityGroup -UserId $demo.User1 -Name 'Never' -WhatIf

            @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
            Get-CommunityGroup | Should -BeNullOrEmpty
        }
    }

    Context 'Get-CommunityGroup: paging' {
        BeforeEach {
            0..14 | ForEach-Object { New-CommunityGroup -UserId $demo.User1 -Name ('Paged {0:00}' -f $_) } | Out-Null
            Clear-TestSandboxRequest -Sandbox $sandbox
        }

        It 'gets every group, in one list request when they fit in a page' {
            $all = @(Get-CommunityGroup)

            $all.Count | Should -Be 15
            @($all.Id | Sort-Object -Unique).Count | Should -Be 15
            Get-ListRequestCount | Should -Be 1
        }

        It '-First 5 returns the first five and costs one list request' {
            $first = @(Get-CommunityGroup -First 5 -SortBy Name)

            $first.Name | Should -Be @('Paged 00', 'Paged 01', 'Paged 02', 'Paged 03', 'Paged 04')
            Get-ListRequestCount | Should -Be 1
        }

        It '-Skip 10 -First 3 is paged on the server, in one list request' {
            $window = @(Get-CommunityGroup -Skip 10 -First 3 -SortBy Name)

            $window.Name | Should -Be @('Paged 10', 'Paged 11', 'Paged 12')
            Get-ListRequestCount | Should -Be 1
        }

        It '-IncludeTotalCount reports the server''s total before the page' {
            $output = @(Get-CommunityGroup -First 2 -IncludeTotalCount)

            $groups = @($output | Where-Object { $_ -is [NexudusCommunity.Models.CommunityGroup] })
            $total = @($output | Where-Object { $_ -isnot [NexudusCommunity.Models.CommunityGroup] })
            $groups.Count | Should -Be 2
            $total.Count | Should -Be 1
            $total[0].ToString() | Should -Match '\b15\b'
        }

        It '-First 0 returns nothing and asks for nothing' {
            Get-CommunityGroup -First 0 | Should -BeNullOrEmpty
            Get-ListRequestCount | Should -Be 0
        }

        It 'sorts descending' {
            (Get-CommunityGroup -SortBy Name -Descending -First 2).Name | Should -Be @('Paged 14', 'Paged 13')
        }
    }

    Context 'Get-CommunityGroup: filters' {
        It '-Name takes wildcards, and a plain name matches exactly in any case' {
            'Book Club', 'Book Swap', 'Bookkeeping 101', 'Runners', 'The Book Nook' | ForEach-Object { New-CommunityGroup -UserId $demo.User1 -Name $_ } | Out-Null

            (Get-CommunityGroup -Name 'Book*').Name | Sort-Object | Should -Be @('Book Club', 'Book Swap', 'Bookkeeping 101')
            (Get-CommunityGroup -Name 'book club').Name | Should -Be @('Book Club')
            (Get-CommunityGroup -Name '*Book N*').Name | Should -Be @('The Book Nook')
            Get-CommunityGroup -Name 'Book' | Should -BeNullOrEmpty
        }

        It 'filters by access, member, owner, description and dates' {
            New-CommunityGroup -Name 'Alpha' -GroupAccess Private -MemberId $demo.Coworker1, $demo.Coworker2 -UserId $demo.User3 -Description 'Morning runs' | Out-Null
            New-CommunityGroup -UserId $demo.User1 -Name 'Beta' -GroupAccess Public -MemberId $demo.Coworker2 -Description 'Evening reads' | Out-Null
            New-CommunityGroup -UserId $demo.User1 -Name 'Gamma' -GroupAccess Private | Out-Null

            (Get-CommunityGroup -GroupAccess Private -SortBy Name -Descending).Name | Should -Be @('Gamma', 'Alpha')
            (Get-CommunityGroup -MemberId $demo.Coworker2 -SortBy Name).Name | Should -Be @('Alpha', 'Beta')
            (Get-CommunityGroup -UserId $demo.User3).Name | Should -Be @('Alpha')
            (Get-CommunityGroup -Description '*reads').Name | Should -Be @('Beta')
            @(Get-CommunityGroup -CreatedAfter (Get-Date).AddHours(-1) -CreatedBefore (Get-Date).AddHours(1)).Count | Should -Be 3
            Get-CommunityGroup -UpdatedAfter (Get-Date).AddDays(1) | Should -BeNullOrEmpty
            @(Get-CommunityGroup -BusinessId $demo.Business1).Count | Should -Be 3
            Get-CommunityGroup -BusinessId $demo.Business2 | Should -BeNullOrEmpty
        }

        It 'refuses an empty date range before asking the server' {
            $refused = { Get-CommunityGroup -CreatedAfter '2024-02-01' -CreatedBefore '2024-01-01' } | Should -Throw -PassThru

            $refused.CategoryInfo.Category | Should -Be 'InvalidArgument'
            $refused.Exception.Message | Should -BeLike '*CreatedAfter*'
            Get-ListRequestCount | Should -Be 0
        }

        It 'names the sortable fields when -SortBy names another' {
            $refused = { Get-CommunityGroup -SortBy Colour } | Should -Throw -PassThru

            $refused.CategoryInfo.Category | Should -Be 'InvalidArgument'
            $refused.Exception.Message | Should -BeLike '*SortBy*'
            $refused.Exception.Message | Should -BeLike '*Name*'
        }
    }

    Context 'Get-CommunityGroup: by Id' {
        It 'returns the full record, members included, where a list record carries none' {
            $id = (New-CommunityGroup -UserId $demo.User1 -Name 'Full' -MemberId $demo.Coworker1, $demo.Coworker4).Id

            $listed = Get-CommunityGroup -Name 'Full'
            $full = Get-CommunityGroup -Id $id

            $listed.Members | Should -BeNullOrEmpty
            $full.Members | Sort-Object | Should -Be @($demo.Coworker1, $demo.Coworker4)
            $full.BusinessId | Should -Be $demo.Business1
            $full.UniqueId | Should -Not -BeNullOrEmpty
        }

        It 'takes list records from the pipeline by their Id' {
            'One', 'Two' | ForEach-Object { New-CommunityGroup -UserId $demo.User1 -Name $_ -MemberId $demo.Coworker5 } | Out-Null

            $full = @(Get-CommunityGroup | Get-CommunityGroup)

            $full.Name | Sort-Object | Should -Be @('One', 'Two')
            $full | ForEach-Object { $_.Members | Should -Be @($demo.Coworker5) }
        }

        It 'writes one ObjectNotFound error naming an unknown Id, and goes on with the others' {
            $id = (New-CommunityGroup -UserId $demo.User1 -Name 'Known').Id

            $found = Get-CommunityGroup -Id 987654, $id -ErrorVariable problems -ErrorAction SilentlyContinue

            $found.Name | Should -Be @('Known')
            $problems.Count | Should -Be 1
            $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $problems[0].TargetObject | Should -Be 987654
            $problems[0].ToString() | Should -BeLike '*987654*'
            [regex]::Matches($problems[0].ToString(), 'not found').Count | Should -Be 1 -Because 'the message says it once'
        }

        It 'refuses Id 0 before asking the server' {
            { Get-CommunityGroup -Id 0 } | Should -Throw -ExpectedMessage '*Id*'
            @(Get-TestSandboxRequest -Sandbox $sandbox -Method GET -Path '/api/community/communitygroups*').Count | Should -Be 0
        }
    }

    Context 'Set-CommunityGroup' {
        It 'Get | Set changes only the named field and keeps name, access and members' {
            $id = (New-CommunityGroup -UserId $demo.User1 -Name 'Keepers' -GroupAccess Private -MemberId $demo.Coworker1, $demo.Coworker2, $demo.Coworker3 -SystemId 'ext-9').Id

            Get-CommunityGroup -Id $id | Set-CommunityGroup -Description 'Changed'

            $stored = Get-CommunityGroup -Id $id
            $stored.Description | Should -BeExactly 'Changed'
            $stored.Name | Should -BeExactly 'Keepers'
            $stored.GroupAccess | Should -Be 'Private'
            $stored.SystemId | Should -BeExactly 'ext-9'
            $stored.Members | Sort-Object | Should -Be @($demo.Coworker1, $demo.Coworker2, $demo.Coworker3)
        }

        It 'keeps the members even when the piped record came from a list, which carries none' {
            New-CommunityGroup -UserId $demo.User1 -Name 'Listed' -MemberId $demo.Coworker5, $demo.Coworker6 | Out-Null

            Get-CommunityGroup -Name 'Listed' | Set-CommunityGroup -Name 'Listed Again'

            $stored = Get-CommunityGroup -Name 'Listed Again' | Get-CommunityGroup
            $stored.Members | Sort-Object | Should -Be @($demo.Coworker5, $demo.Coworker6)
            Get-CommunityGroup -Name 'Listed' | Should -BeNullOrEmpty
        }

        It '-AddMember and -RemoveMember change membership and keep the other members' {
            $id = (New-CommunityGroup -UserId $demo.User1 -Name 'Members' -MemberId $demo.Coworker1, $demo.Coworker2).Id

            $after = Set-CommunityGroup -Id $id -AddMember $demo.Coworker3, $demo.Coworker4 -RemoveMember $demo.Coworker1 -PassThru

            $after.Members | Sort-Object | Should -Be @($demo.Coworker2, $demo.Coworker3, $demo.Coworker4)
            (Get-CommunityGroup -Id $id).Members | Sort-Object | Should -Be @($demo.Coworker2, $demo.Coworker3, $demo.Coworker4)
        }

        It '-MemberId replaces the member list, and an empty list clears it' {
            $id = (New-CommunityGroup -UserId $demo.User1 -Name 'Replaced' -MemberId $demo.Coworker1, $demo.Coworker2).Id

            (Set-CommunityGroup -Id $id -MemberId $demo.Coworker7 -PassThru).Members | Should -Be @($demo.Coworker7)
            Set-CommunityGroup -Id $id -MemberId @()

            (Get-CommunityGroup -Id $id).Members | Should -BeNullOrEmpty
        }

        It '-Description $null clears the description' {
            $id = (New-CommunityGroup -UserId $demo.User1 -Name 'Described' -Description 'Soon gone').Id

            Set-CommunityGroup -Id $id -Description $null

            (Get-CommunityGroup -Id $id).Description | Should -BeNullOrEmpty
            (Get-CommunityGroup -Id $id).Name | Should -BeExactly 'Described'
        }

        It 'sends nothing when nothing changes' {
            $id = (New-CommunityGroup -UserId $demo.User1 -Name 'Same').Id
            Clear-TestSandboxRequest -Sandbox $sandbox

            Set-CommunityGroup -Id $id -Name 'Same'

            @(Get-TestSandboxRequest -Sandbox $sandbox -Method PUT).Count | Should -Be 0
        }

        It 'refuses -MemberId with -AddMember, naming MemberId, before anything is sent' {
            $id = (New-CommunityGroup -UserId $demo.User1 -Name 'Mixed' -MemberId $demo.Coworker1).Id
            Clear-TestSandboxRequest -Sandbox $sandbox

            $refused = { Set-CommunityGroup -Id $id -MemberId $demo.Coworker1 -AddMember $demo.Coworker2 -ErrorAction Stop } | Should -Throw -PassThru

            $refused.Exception.Message | Should -BeLike '*MemberId*'
            @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
        }

        It 'does not overwrite a group that changed since it was read, unless -Force' {
            $old = New-CommunityGroup -UserId $demo.User1 -Name 'Contested'
            Start-Sleep -Milliseconds 20
            Set-CommunityGroup -Id $old.Id -Description 'someone else'

            $old | Set-CommunityGroup -Description 'mine' -ErrorVariable problems -ErrorAction SilentlyContinue

            $problems.Count | Should -Be 1
            $problems[0].CategoryInfo.Category | Should -Be 'ResourceBusy'
            $problems[0].ToString() | Should -BeLike '*changed on the server*'
            (Get-CommunityGroup -Id $old.Id).Description | Should -BeExactly 'someone else'

            $old | Set-CommunityGroup -Description 'mine' -Force

            (Get-CommunityGroup -Id $old.Id).Description | Should -BeExactly 'mine'
        }

        It 'writes one error for a record that fails and updates the rest of the pipeline' {
            $ids = @('A', 'B' | ForEach-Object { (New-CommunityGroup -UserId $demo.User1 -Name $_).Id })

            $ids[0], 999999, $ids[1] | ForEach-Object { [pscustomobject]@{ Id = $_ } } |
                Set-CommunityGroup -Description 'bulk' -ErrorVariable problems -ErrorAction SilentlyContinue

            $problems.Count | Should -Be 1
            $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $problems[0].TargetObject | Should -Be 999999
            (Get-CommunityGroup -Id $ids).Description | Should -Be @('bulk', 'bulk')
        }

        It 'stops at the first failure with -ErrorAction Stop' {
            $id = (New-CommunityGroup -UserId $demo.User1 -Name 'After').Id

            { 999999, $id | ForEach-Object { [pscustomobject]@{ Id = $_ } } | Set-CommunityGroup -Description 'late' -ErrorAction Stop } |
                Should -Throw

            (Get-CommunityGroup -Id $id).Description | Should -BeNullOrEmpty
        }

        It 'changes nothing under -WhatIf' {
            $id = (New-CommunityGroup -UserId $demo.User1 -Name 'Untouched').Id
            Clear-TestSandboxRequest -Sandbox $sandbox

            Get-CommunityGroup -Id $id | Set-CommunityGroup -Name 'Renamed' -WhatIf

            @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
            (Get-CommunityGroup -Id $id).Name | Should -BeExactly 'Untouched'
        }
    }

    Context 'Remove-CommunityGroup' {
        It 'Get | Remove deletes every match and nothing else' {
            'Old 1', 'Old 2', 'Old 3', 'Keep' | ForEach-Object { New-CommunityGroup -UserId $demo.User1 -Name $_ } | Out-Null

            Get-CommunityGroup -Name 'Old*' | Remove-CommunityGroup -Force

            (Get-CommunityGroup).Name | Should -Be @('Keep')
            @(Get-TestSandboxRequest -Sandbox $sandbox -Method DELETE).Count | Should -Be 3
        }

        It 'removes by -Id without asking when -Confirm:$false' {
            $id = (New-CommunityGroup -UserId $demo.User1 -Name 'Gone').Id

            Remove-CommunityGroup -Id $id -Confirm:$false

            Get-CommunityGroup | Should -BeNullOrEmpty
        }

        It 'removes nothing under -WhatIf, even with -Force' {
            New-CommunityGroup -UserId $demo.User1 -Name 'Still here' | Out-Null
            Clear-TestSandboxRequest -Sandbox $sandbox

            Get-CommunityGroup | Remove-CommunityGroup -WhatIf
            Get-CommunityGroup | Remove-CommunityGroup -Force -WhatIf

            @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
            (Get-CommunityGroup).Name | Should -Be @('Still here')
        }

        It 'is a High-impact change, so it asks for confirmation by default' {
            $cmdlet = (Get-Command Remove-CommunityGroup).ImplementingType
            $attribute = $cmdlet.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]

            $attribute.ConfirmImpact | Should -Be 'High'
            $attribute.SupportsShouldProcess | Should -BeTrue
        }

        It 'writes an ObjectNotFound error for an unknown Id' {
            Remove-CommunityGroup -Id 987654 -Force -ErrorVariable problems -ErrorAction SilentlyContinue

            $problems.Count | Should -Be 1
            $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $problems[0].TargetObject | Should -Be 987654
        }
    }

    Context 'Tab completion' {
        It 'completes <Line> with <Expected>' -ForEach @(
            @{ Line = 'Get-CommunityGroup -SortBy Upd'; Expected = @('UpdatedOn') }
            @{ Line = 'New-CommunityGroup -Name x -GroupAccess Pri'; Expected = @('Private') }
            @{ Line = 'Get-CommunityGroup -BusinessId Sandbox'; Expected = @('<Business1>', '<Business2>') }
            @{ Line = 'Get-CommunityGroup -Name Book'; Expected = @("'Book Club'", 'Bookworms') }
        ) {
            'Book Club', 'Bookworms', 'Runners' | ForEach-Object { New-CommunityGroup -UserId $demo.User1 -Name $_ } | Out-Null

            $completions = (TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches

            # <Business1>: a demo id, known only once the sandbox runs (after these cases are read).
            @($completions.CompletionText) | Should -Be @($Expected | ForEach-Object { if ($_ -match '^<(\w+)>$') { "$($demo.($Matches[1]))" } else { $_ } })
        }
    }

    Context 'Errors from the server' {
        It 'a validation failure is InvalidData, names the field, and creates nothing' {
            New-CommunityGroup -UserId $demo.User1 -Name 'Nowhere' -BusinessId 4242 -ErrorVariable problems -ErrorAction SilentlyContinue

            $problems.Count | Should -Be 1
            $problems[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $problems[0].ToString() | Should -BeLike '*BusinessId*'
            $problems[0].TargetObject | Should -Be "new CommunityGroup 'Nowhere'" -Because 'a refused CSV row is found by what it would have created'
            Get-CommunityGroup | Should -BeNullOrEmpty
        }

        It 'an unknown member is InvalidData naming Members' {
            New-CommunityGroup -UserId $demo.User1 -Name 'Ghosts' -MemberId 9999 -ErrorVariable problems -ErrorAction SilentlyContinue

            $problems.Count | Should -Be 1
            $problems[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $problems[0].ToString() | Should -BeLike '*Members*'
            Get-CommunityGroup | Should -BeNullOrEmpty
        }

        It 'a missing role is PermissionDenied naming the role, for <Action>' -ForEach @(
            @{ Action = 'create'; Role = 'CommunityGroup-Create'; Run = { New-CommunityGroup -UserId $demo.User1 -Name 'Not allowed' -BusinessId $demo.Business1 } }
            @{ Action = 'update'; Role = 'CommunityGroup-Edit'; Run = { Get-CommunityGroup -Id $existing | Set-CommunityGroup -Description 'Not allowed' } }
            @{ Action = 'remove'; Role = 'CommunityGroup-Delete'; Run = { Remove-CommunityGroup -Id $existing -Force } }
        ) {
            $existing = (New-CommunityGroup -UserId $demo.User1 -Name 'Existing' -Description 'Original').Id
            Connect-TestSandbox -Sandbox $sandbox -Credential $sandbox.ReaderCredential

            # The refusal is a non-terminating error: catch it from the error stream.
            $problems = @(& $Run 2>&1 | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })

            $problems.Count | Should -Be 1
            $problems[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
            $problems[0].ToString() | Should -BeLike "*$Role*"
            $problems[0].ErrorDetails.RecommendedAction | Should -BeLike "*$Role*"
            $stillThere = Get-CommunityGroup
            $stillThere.Name | Should -Be @('Existing')
            (Get-CommunityGroup -Id $existing).Description | Should -BeExactly 'Original'
        }

        It 'a reader can still list and read' {
            $id = (New-CommunityGroup -UserId $demo.User1 -Name 'Readable' -MemberId $demo.Coworker1).Id
            Connect-TestSandbox -Sandbox $sandbox -Credential $sandbox.ReaderCredential

            (Get-CommunityGroup).Name | Should -Be @('Readable')
            (Get-CommunityGroup -Id $id).Members | Should -Be @($demo.Coworker1)
        }
    }
}
