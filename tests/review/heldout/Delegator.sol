pragma solidity ^0.4.24;

contract Delegator {
    address public impl;
    address public admin;

    constructor(address i) public { impl = i; admin = msg.sender; }

    function upgrade(address i) public {
        require(msg.sender == admin);
        impl = i;
    }

    function () public payable {
        // <yes> <report> ACCESS_CONTROL
        require(impl.delegatecall(msg.data));
    }

    function kill() public {
        // <yes> <report> ACCESS_CONTROL
        selfdestruct(msg.sender);
    }
}
