<#
    The default views, rendered as a default terminal shows them: 80 columns. Every line fits, every header reads
    whole, nothing an admin scans for is cut (ids are ten digits, as real ones are: this sandbox's pass
    Int32.MaxValue too), and a field a list does not carry says "not loaded" instead of looking empty.
#>

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $sandbox = Start-TestSandbox -IdStart 8999999000
    $demo = $sandbox.Demo # the demo data's ids (DemoIds in the sandbox)
    Reset-TestSandbox -Sandbox $sandbox
    Connect-TestSandbox -Sandbox $sandbox
    $longName = 'Friday evening board-game collective of the annex'
    $created = New-CommunityGroup -Name $longName -UserId $demo.User1 -GroupAccess Private -MemberId $demo.Coworker1, $demo.Coworker2
    $null = New-CommunityGroup -Name 'Book Club' -UserId $demo.User1
    $null = New-VideoRoom -Name 'Main Video Room' -NumberOfParticipants 12 -Active $true -OnlyForMembers $true
    $thread = New-CommunityThread -CommunityGroup 'Book Club' -Subject 'June meetup in the garden room, with snacks' -Message 'Thursday 18:00.'
    $null = New-CommunityMessage -CommunityThread $thread -Message 'Count me in, and I will bring the projector and the long cable for it.'

    function Render([object[]] $Objects, [switch] $List) {
        $text = if ($List) { $Objects | Format-List | Out-String -Width 80 } else { $Objects | Out-String -Width 80 }
        @($text -split '\r?\n' | Where-Object { $_.Trim() })
    }
}

AfterAll {
    if ($sandbox) { Stop-TestSandbox -Sandbox $sandbox }
}

Describe 'Default views at 80 columns' {
    It 'shows <Type> in lines of at most 80 characters, with every header whole' -ForEach @(
        @{ Type = 'CommunityGroup'; Get = { Get-CommunityGroup }; Headers = 'Id', 'Name', 'Access', 'Members', 'Updated' }
        @{ Type = 'VideoRoom'; Get = { Get-VideoRoom }; Headers = 'Id', 'Name', 'Participants', 'Active', 'Audience', 'Updated' }
        @{ Type = 'Business'; Get = { Get-NexudusBusiness }; Headers = 'Id', 'Name', 'Active', 'Currency', 'TimeZone' }
        @{ Type = 'NexudusCommand'; Get = { Get-CommunityGroupCommand }; Headers = 'Key', 'Records', 'Name', 'Parameters' }
        @{ Type = 'CommandResult'; Get = { Invoke-CommunityGroupCommand -Key SET_PUBLIC -Id (Get-CommunityGroup).Id -Force }; Headers = 'Key', 'Ids', 'Message' }
        @{ Type = 'NexudusConnection'; Get = { Get-NexudusConnection }; Headers = 'UserName', 'BaseUri', 'Auth', 'Business' }
        @{ Type = 'Coworker'; Get = { Get-NexudusCoworker }; Headers = 'Id', 'FullName', 'Email', 'Active', 'Business' }
        @{ Type = 'CommunityThread'; Get = { Get-CommunityThread }; Headers = 'Id', 'Subject', 'Group', 'Private', 'LastMessage' }
        @{ Type = 'CommunityMessage'; Get = { Get-CommunityMessage }; Headers = 'Id', 'Thread', 'UserId', 'CreatedOn', 'Message' }
        @{ Type = 'VideoRoom command'; Get = { Get-VideoRoomCommand }; Headers = 'Key', 'Records', 'Name', 'Parameters' }
        @{ Type = 'User'; Get = { Get-NexudusUser }; Headers = 'Id', 'FullName', 'Email', 'Active', 'Admin' }
    ) {
        $lines = Render (& $Get)

        $lines | Where-Object { $_.Length -gt 80 } | Should -BeNullOrEmpty
        $header = $lines[0] -split '\s+' | Where-Object { $_ }
        $header | Should -Be $Headers
        $lines[1] | Should -Match '^[\s-]+$' -Because 'the header takes one line, not two'
    }

    It 'shows every id of <Type> whole, ten digits and all' -ForEach @(
        @{ Type = 'CommunityGroup'; Get = { Get-CommunityGroup }; Ids = 'Id' }
        @{ Type = 'VideoRoom'; Get = { Get-VideoRoom }; Ids = 'Id' }
        @{ Type = 'Business'; Get = { Get-NexudusBusiness }; Ids = 'Id' }
        @{ Type = 'Coworker'; Get = { Get-NexudusCoworker }; Ids = 'Id', 'InvoicingBusinessId' }
        @{ Type = 'User'; Get = { Get-NexudusUser }; Ids = 'Id' }
        @{ Type = 'CommunityThread'; Get = { Get-CommunityThread }; Ids = 'Id', 'CommunityGroupId' }
        @{ Type = 'CommunityMessage'; Get = { Get-CommunityMessage }; Ids = 'Id', 'CommunityThreadId', 'UserId' }
        @{ Type = 'CommandResult'; Get = { Invoke-CommunityGroupCommand -Key SET_PUBLIC -Id (Get-CommunityGroup -First 2).Id -Force }; Ids = 'Ids' }
    ) {
        $records = @(& $Get)
        $records | Should -Not -BeNullOrEmpty
        foreach ($record in $records) {
            $rows = Render $record
            foreach ($name in $Ids) {
                foreach ($id in @($record.$name)) {
                    "$id".Length | Should -Be 10 -Because "the sandbox's ids are ten digits ($Type.$name)"
                    ($rows -join "`n") | Should -Match "(^|\s)$id(\s|,|$)" -Because "$Type.$name $id is shown whole, not cut to '...$("$id".Substring(4))'"
                }
            }
        }
    }

    It 'says a list record''s members are not loaded, and counts them on a full record and on the one New- returns' {
        $listed = Render (Get-CommunityGroup -Name 'Book Club')
        $full = Render (Get-CommunityGroup -Id (Get-CommunityGroup -Name 'Book Club').Id)

        $listed[2] | Should -Match 'not loaded'
        $full[2] | Should -Match '\s0\s'
        (Render $created)[2] | Should -Match 'Private\s+2\s'
    }

    It 'keeps a long group name readable and whole command names on their lines' {
        (Render (Get-CommunityGroup -Name 'Friday*'))[2] | Should -Match 'Friday evening board-game'
        $commands = (Render (Get-CommunityGroupCommand)) -join "`n"

        $commands | Should -Match 'Merge the second group'
        $commands | Should -Match '\binto the first\b' -Because 'a long name wraps between words, not inside one'
    }

    It 'shows when a message was posted and a thread last answered, to the minute' {
        (Render (Get-CommunityMessage -CommunityThread $thread))[2] | Should -Match '\s\d{4}-\d\d-\d\d \d\d:\d\d\s'
        (Render (Get-CommunityThread -Id $thread.Id))[2] | Should -Match '\s\d{4}-\d\d-\d\d \d\d:\d\d$'
    }

    It 'shows the connection''s business by Id and name' {
        (Render (Get-NexudusConnection)) -join ' ' | Should -Match "$($demo.Business1) Sandbox\s+Coworking"
    }

    It 'shows every field of a group in Format-List, members as a list' {
        $lines = Render (Get-CommunityGroup -Name 'Friday*') -List

        $lines | Where-Object { $_ -match '^Members\s*:' } | Should -Match '\(not loaded'
        ($lines -join "`n") | Should -Match 'TeamGuid'
        $lines = Render (Get-CommunityGroup -Id (Get-CommunityGroup -Name 'Friday*').Id) -List
        $lines | Where-Object { $_ -match '^Members\s*:' } | Should -Match "$($demo.Coworker1), $($demo.Coworker2)"
    }
}
