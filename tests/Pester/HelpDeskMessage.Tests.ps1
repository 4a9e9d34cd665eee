<#
    What is particular to help-desk messages: the priority is a named choice (required, as the newest reference says),
    a department piped in lists its queue, and a message's comments hang off it.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Help-desk messages' {
    # No reset between tests: they read the demo records and add their own, under names of their own.
    BeforeEach {
        Connect-TestSandbox -Sandbox $sandbox
        Clear-TestSandboxRequest -Sandbox $sandbox
    }

    It 'takes the priority by name and gives it back as the enum' {
        $message = New-NexudusHelpDeskMessage -Coworker 'Ada Lovelace' -Subject 'Locker 7 will not open' -MessageText 'Since this morning.' -Priority Critical

        $message.Priority | Should -Be ([NexudusCommunity.Models.HelpDeskPriority]::Critical)
        $message.CoworkerId | Should -Be (Get-NexudusCoworker -Name 'Ada Lovelace').Id
    }

    It 'refuses an unknown priority naming the parameter, and sends nothing' {
        { New-NexudusHelpDeskMessage -Coworker 'Ada Lovelace' -Subject 'x' -MessageText 'y' -Priority Urgent -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*Priority*'
        @(Get-TestSandboxRequest -Sandbox $sandbox -Write).Count | Should -Be 0
    }

    It 'lists the queue of the department piped in, and the conversation of a message' {
        $queue = @(Get-NexudusHelpDeskDepartment -Name 'Building & facilities' | Get-NexudusHelpDeskMessage)

        $queue.Subject | Should -Be @('Printer on the second floor is jammed')
        @($queue | Get-NexudusHelpDeskComment).Count | Should -Be 2
        @($queue | Get-NexudusHelpDeskComment -Internal $true).Count | Should -Be 1
    }
}
