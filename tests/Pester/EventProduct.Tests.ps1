<#
    What is particular to tickets: a price is a decimal amount, sent and read back without rounding, and kept by an
    update that does not change it.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Event tickets' {
    # No reset between tests: they read the demo records and add their own, under names of their own.
    BeforeEach {
        Connect-TestSandbox -Sandbox $sandbox
    }

    It 'keeps a price with cents through create and update' {
        $standard = Get-NexudusEventProduct -CalendarEvent 'Summer Party' -Name 'Standard'
        $ticket = New-NexudusEventProduct -CalendarEvent 'Summer Party' -Name 'Student' -Price 7.35 -CurrencyId $standard.CurrencyId -DisplayOrder 4 -StartDate $standard.StartDate -EndDate $standard.EndDate

        $ticket.Price | Should -Be 7.35
        $ticket.Price | Should -BeOfType ([decimal])

        $changed = $ticket | Set-NexudusEventProduct -Allocation 20 -PassThru
        $changed.Price | Should -Be 7.35
        $changed.Allocation | Should -Be 20

        (Get-NexudusEventProduct -CalendarEvent 'Summer Party' -Price 7.35).Name | Should -Be 'Student'
    }
}
