<#
    Get-, Add- and Remove-CommunityGroupMember against the local API sandbox: members given as emails (a CSV),
    Ids or coworkers; sent as AddedMembers/RemovedMembers in batches, never as a rewrite of the list; each member that
    cannot be resolved an error of its own; the group by Id, name or object.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)

    function New-TestCoworker([int] $Id, [string] $Email) {
        @{ Id = $Id; FullName = "Person $Id"; Email = $Email; InvoicingBusinessId = $demo.Business1; Active = $true }
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Community group members' {
    BeforeEach {
        Reset-TestSandbox -Sandbox $sandbox
        Connect-TestSandbox -Sandbox $sandbox
        $club = New-CommunityGroup -Name 'Book Club' -UserId $demo.User1 -MemberId $demo.Coworker1, $demo.Coworker2
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    It 'adds a CSV of 40 emails in one update; the 3 unknown and the 1 ambiguous are an error each; no member is lost' {
        $people = @(1..37 | ForEach-Object { New-TestCoworker (6000 + $_) "member$_@example.com" })
        $people += New-TestCoworker 6100 'twin@example.com'
        $people += New-TestCoworker 6101 'Twin@Example.com'
        $people += New-TestCoworker $demo.Coworker1 'ada.lovelace@example.com'
        $people += New-TestCoworker $demo.Coworker2 'alan.turing@example.com'
        Add-TestSandboxData @{ Coworkers = $people } -Sandbox $sandbox
        $csv = Join-Path $TestDrive 'members.csv'
        $emails = @(1..35 | ForEach-Object { "MEMBER$_@example.com" }) + 'ada.lovelace@example.com' + 'twin@example.com' +
            'nobody1@example.com', 'nobody2@example.com', 'nobody3@example.com'
        $emails | ForEach-Object { [pscustomobject]@{ Email = $_; Note = 'imported' } } | Export-Csv -Path $csv -NoTypeInformation
        Clear-TestSandboxRequest -Sandbox $sandbox

        Import-Csv -Path $csv | Add-CommunityGroupMember -Group 'Book Club' -ErrorVariable problems -ErrorAction SilentlyContinue

        @(Import-Csv -Path $csv).Count | Should -Be 40
        @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -BeLessOrEqual 2
        @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Method | Should -Be @('PUT')
        $problems.Count | Should -Be 4
        @($problems | Sort-Object { "$($_.TargetObject)" }).TargetObject | Should -Be @('nobody1@example.com', 'nobody2@example.com', 'nobody3@example.com', 'twin@example.com')
        ($problems | Where-Object TargetObject -EQ 'twin@example.com').CategoryInfo.Category | Should -Be 'InvalidArgument'
        ($problems | Where-Object TargetObject -EQ 'twin@example.com').ToString() | Should -BeLike '*6100, 6101*'
        ($problems | Where-Object TargetObject -EQ 'nobody1@example.com').CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $members = (Get-CommunityGroup -Id $club.Id).Members
        $members.Count | Should -Be 37
        $members | Should -Contain $demo.Coworker2 -Because 'a member not in the file stays'
        $members | Should -Contain 6035
    }

    It 'takes Ids, emails and coworkers; reports an unknown Id; skips a member the group has' {
        $coworker = Get-NexudusCoworker -Id $demo.Coworker4

        Add-CommunityGroupMember -Group $club -Member $demo.Coworker3, 'edsger.dijkstra@example.com', $coworker, $demo.Coworker1, 9999 -ErrorVariable problems -ErrorAction SilentlyContinue

        $problems.Count | Should -Be 1
        $problems[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $problems[0].TargetObject | Should -Be 9999
        (Get-CommunityGroup -Id $club.Id).Members | Sort-Object | Should -Be @($demo.Coworker1, $demo.Coworker2, $demo.Coworker3, $demo.Coworker4, $demo.Coworker5)
        (Get-TestSandboxRequest -Sandbox $sandbox -Method PUT).Count | Should -Be 1
    }

    It 'sends a hundred members per update' {
        $people = @($demo.Coworker1, $demo.Coworker2 | ForEach-Object { New-TestCoworker $_ "c$_@example.com" }) + @(1..250 | ForEach-Object { New-TestCoworker (7000 + $_) "p$_@example.com" })
        Add-TestSandboxData @{ Coworkers = $people } -Sandbox $sandbox
        Clear-TestSandboxRequest -Sandbox $sandbox

        7001..7250 | Add-CommunityGroupMember -Group $club.Id

        (Get-CommunityGroup -Id $club.Id).Members.Count | Should -Be 252
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method PUT).Count | Should -Be 3
    }

    It 'lists the members as coworkers, and copies them to another group' {
        $swap = New-CommunityGroup -Name 'Book Swap' -UserId $demo.User1

        $members = @(Get-CommunityGroup -Name 'Book Club' | Get-CommunityGroupMember)
        $members | Add-CommunityGroupMember -Group 'book swap'

        $members.FullName | Should -Be @('Ada Lovelace', 'Alan Turing')
        $members[0] | Should -BeOfType ([NexudusCommunity.Models.Coworker])
        (Get-CommunityGroup -Id $swap.Id).Members | Sort-Object | Should -Be @($demo.Coworker1, $demo.Coworker2)
    }

    It 'removes only the members named, asking unless -Force' {
        (Get-Command Remove-CommunityGroupMember).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'

        Remove-CommunityGroupMember -Group 'Book Club' -Member 'ada.lovelace@example.com', $demo.Coworker9 -WhatIf
        @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0

        $after = Remove-CommunityGroupMember -Group 'Book Club' -Member 'ada.lovelace@example.com', $demo.Coworker9 -Force -PassThru

        $after.Members | Should -Be @($demo.Coworker2)
    }

    It 'Tab completes -Group with group names, quoted' {
        $line = 'Add-CommunityGroupMember -Group Bo'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @("'Book Club'")
    }

    It 'refuses <Case>, naming <Parameter>, and changes nothing' -ForEach @(
        @{ Case = 'a group name that matches none'; Parameter = 'Group'; Category = 'ObjectNotFound'; Run = { Add-CommunityGroupMember -Group 'Chess Club' -Member $demo.Coworker3 -ErrorAction Stop } }
        @{ Case = 'a group name that matches two'; Parameter = 'Group'; Category = 'InvalidArgument'; Run = { New-CommunityGroup -Name 'BOOK CLUB' -UserId $demo.User1 | Out-Null; Add-CommunityGroupMember -Group 'Book Club' -Member $demo.Coworker3 -ErrorAction Stop } }
        @{ Case = 'a video room as a member'; Parameter = 'Member'; Category = 'InvalidArgument'; Run = { Get-VideoRoom -First 1 | Add-CommunityGroupMember -Group 'Book Club' -ErrorAction Stop } }
        @{ Case = 'a row without a member column'; Parameter = 'Member'; Category = 'InvalidArgument'; Run = { [pscustomobject]@{ Name = 'Ada' } | Add-CommunityGroupMember -Group 'Book Club' -ErrorAction Stop } }
        @{ Case = 'a name instead of an email'; Parameter = 'Member'; Category = 'InvalidArgument'; Run = { Add-CommunityGroupMember -Group 'Book Club' -Member 'Ada Lovelace' -ErrorAction Stop } }
    ) {
        New-VideoRoom -Name 'Room' -NumberOfParticipants 2 | Out-Null
        Clear-TestSandboxRequest -Sandbox $sandbox

        $refused = $Run | Should -Throw -PassThru

        $refused.CategoryInfo.Category | Should -Be $Category
        $refused.Exception.Message | Should -BeLike "$Parameter*"
        @(Get-TestSandboxRequest -Sandbox $sandbox -Method PUT).Count | Should -Be 0
        (Get-CommunityGroup -Id $club.Id).Members | Should -Be @($demo.Coworker1, $demo.Coworker2)
    }
}
