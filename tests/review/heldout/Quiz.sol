pragma solidity ^0.4.19;

contract Quiz {
    bytes32 public answerHash;
    address public host;

    function Quiz(bytes32 h) public payable { host = msg.sender; answerHash = h; }

    function solve(string answer) public {
        // <yes> <report> FRONT_RUNNING
        require(keccak256(answer) == answerHash);
        msg.sender.transfer(this.balance);
    }

    function endsAt() public view returns (uint) {
        // <yes> <report> TIME_MANIPULATION
        return now + 1 days;
    }
}
