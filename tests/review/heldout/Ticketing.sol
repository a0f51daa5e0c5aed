pragma solidity ^0.4.25;

// sells tickets, counts them in a uint8 (small counters are a classic mistake)
contract Ticketing {
    uint8 public sold;
    uint public price = 1 finney;
    mapping(address => uint8) public tickets;
    address public organiser = msg.sender;

    function buy(uint8 n) public payable {
        require(msg.value == price * n);
        // <yes> <report> ARITHMETIC
        sold += n;
        // <yes> <report> ARITHMETIC
        tickets[msg.sender] += n;
    }

    function refund(uint8 n) public {
        // <yes> <report> ARITHMETIC
        tickets[msg.sender] -= n;
        sold = sold - n;
        msg.sender.transfer(price * n);
    }

    function isOpen() public view returns (bool) {
        // <yes> <report> TIME_MANIPULATION
        return block.timestamp < 1600000000;
    }
}
