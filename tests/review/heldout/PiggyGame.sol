pragma solidity ^0.4.21;

// a small "guess and win" game, the way people wrote them in 2018
contract PiggyGame {
    address public croupier;
    uint public pot;
    uint public rounds;
    mapping(address => uint) public wins;

    function PiggyGame() public payable {
        croupier = msg.sender;
        pot = msg.value;
    }

    function play(uint8 guess) public payable {
        require(msg.value == 0.1 ether);
        // <yes> <report> BAD_RANDOMNESS
        uint8 lucky = uint8(keccak256(block.blockhash(block.number - 1), msg.sender)) % 10;
        rounds++;
        if (guess == lucky) {
            // <yes> <report> ARITHMETIC
            wins[msg.sender] += pot / 2;
            msg.sender.transfer(pot / 2);
        }
        pot += msg.value;
    }

    // <yes> <report> ACCESS_CONTROL
    function setCroupier(address who) public {
        croupier = who;
    }

    function cashOut() public {
        require(msg.sender == croupier);
        croupier.transfer(this.balance);
    }
}
