<#
    What is particular to events (the shared behaviour of every entity is tested once, over every description): the
    demo Summer Party with its tickets and attendees reached through the piped event, categories changed by Added/
    Removed lists, and the repeat rule taken on create only.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Calendar events' {
    # No reset between tests: they read the demo records and add their own, under names of their own.
    BeforeEach {
        Connect-TestSandbox -Sandbox $sandbox
    }

    It 'reaches the tickets and attendees of the event piped in' {
        $party = Get-NexudusCalendarEvent -Name 'Summer Party'

        @($party | Get-NexudusEventProduct).Name | Sort-Object | Should -Be @('Early bird', 'Standard')
        @($party | Get-NexudusEventAttendee).FullName | Sort-Object | Should -Be @('Ada Lovelace', 'Alan Turing', 'Jane Guest')
        @(Get-NexudusEventAttendee -CalendarEvent 'Summer Party').Count | Should -Be 3 -Because 'the event by name binds as the piped one does'
    }

    It 'adds a category and keeps the ones the event had' {
        $party = Get-NexudusCalendarEvent -Name 'Summer Party'
        $parties = Get-NexudusCalendarEventCategory -Title 'Parties'
        $networking = Get-NexudusCalendarEventCategory -Title 'Networking'

        $party | Set-NexudusCalendarEvent -AddCategory $networking.Id

        (Get-NexudusCalendarEvent -Id $party.Id).EventCategories | Sort-Object | Should -Be (@($parties.Id, $networking.Id) | Sort-Object)
    }

    It 'lists categories as not loaded, and reads them with the record' {
        $listed = Get-NexudusCalendarEvent -Name 'Summer Party'
        $listed.EventCategories | Should -BeNullOrEmpty
        (Get-NexudusCalendarEvent -Id $listed.Id).EventCategories | Should -Not -BeNullOrEmpty
    }

    It 'creates a series with its repeat rule, which Set- cannot change' {
        $start = (Get-Date).Date.AddDays(3).AddHours(18)
        $series = New-NexudusCalendarEvent -Name 'Board games' -StartDate $start -EndDate $start.AddHours(2) -RepeatEvent $true -Repeats Weekly -RepeatEvery 2 -RepeatOnThursdays $true

        $series.Repeats | Should -Be ([NexudusCommunity.Models.RepeatCycle]::Weekly)
        $series.RepeatEvery | Should -Be 2
        $series.RepeatOnThursdays | Should -BeTrue
        (Get-Command Set-NexudusCalendarEvent).Parameters.Keys | Should -Not -Contain 'RepeatEvent'
        (Get-Command Set-NexudusCalendarEvent).Parameters.Keys | Should -Contain 'WhichEventsToUpdate'
        (Get-Command New-NexudusCalendarEvent).Parameters.Keys | Should -Not -Contain 'WhichEventsToUpdate'
    }
}
