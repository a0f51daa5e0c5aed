pragma solidity ^0.4.24;

contract EtherVault {
    mapping (address => uint256) public credit;
    uint256 public totalCredit;

    function put() external payable {
        credit[msg.sender] += msg.value;
        totalCredit += msg.value;
    }

    function take(uint256 amount) external {
        require(credit[msg.sender] >= amount, "not enough");
        // <yes> <report> REENTRANCY
        require(msg.sender.call.value(amount)());
        credit[msg.sender] -= amount;
        totalCredit -= amount;
    }

    function takeAll() external {
        uint256 amount = credit[msg.sender];
        // <yes> <report> UNCHECKED_LL_CALLS
        msg.sender.send(amount);
        credit[msg.sender] = 0;
    }
}
