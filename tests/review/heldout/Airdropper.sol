pragma solidity ^0.4.18;

interface Token {
    function transfer(address to, uint value) external returns (bool);
}

contract Airdropper {
    address owner;
    address[] public recipients;
    Token public token;

    function Airdropper(Token t) public { owner = msg.sender; token = t; }

    function register() public {
        recipients.push(msg.sender);
    }

    function drop(uint each) public {
        require(msg.sender == owner);
        // <yes> <report> DENIAL_OF_SERVICE
        for (uint i = 0; i < recipients.length; i++) {
            // <yes> <report> UNCHECKED_LL_CALLS
            token.transfer(recipients[i], each);
        }
    }

    // <yes> <report> ARITHMETIC
    function batchValue(uint each) public view returns (uint) { return recipients.length * each; }
}
